// The socket's address, handed from web/server.mjs to the app. Route handlers (Payload's REST
// API, server actions) get a Web Request without the socket, so the server writes the peer's
// address into an internal header after deleting any copy the client sent, and marks the
// process as one where it does so. The app reads the header only when that mark is set: under
// `next dev` or any other entry point nothing removes a forged copy, so it is ignored there.

/** The internal header; only web/server.mjs writes it. */
export const PEER_HEADER = 'x-portal-client-ip'

const MARK = Symbol.for('integration-portal.peer-header')

/** Called once by the server that stamps every request. */
export function markPeerStamping() {
  globalThis[MARK] = true
}

/** Whether this process runs behind a server that stamps every request. */
export function peerStamping() {
  return globalThis[MARK] === true
}

/** Replaces whatever the client sent as PEER_HEADER with the socket's address. */
export function stampPeer(req) {
  delete req.headers[PEER_HEADER]
  const address = req.socket?.remoteAddress
  if (address) req.headers[PEER_HEADER] = address
}
