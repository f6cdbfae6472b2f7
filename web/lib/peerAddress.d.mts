import type { IncomingMessage } from 'node:http'

export declare const PEER_HEADER: 'x-portal-client-ip'
export declare function markPeerStamping(): void
export declare function peerStamping(): boolean
export declare function stampPeer(req: IncomingMessage): void
