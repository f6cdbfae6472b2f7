import type { IncomingMessage } from 'node:http'

export declare const OPEN_ENDED_PARAMS: string[]
export declare function cacheKeyOf(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null
export declare function negotiate(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | 'identity'

export interface CacheEntry {
  status: number
  headers: Record<string, string | number | string[]>
  bodies: { identity: Buffer; gzip: Buffer | null; br: Buffer | null }
  etag: string
  tags: string[]
  expiresAt: number | null
  view: unknown
  storedAt: number
  size: number
}

export declare function makeEntry(input: {
  status: number
  headers: Record<string, string | number | string[] | undefined>
  body: Buffer
  tags: Iterable<string>
  expiresAt: number | null
  view: unknown
  /** The compressed copies to make (default: both). */
  encodings?: ('gzip' | 'br')[]
}): Promise<CacheEntry>

export declare class ResponseCache {
  constructor(options?: { maxBytes?: number })
  maxBytes: number
  bytes: number
  generation: number
  entries: Map<string, CacheEntry>
  get(key: string, now?: number): CacheEntry | undefined
  set(key: string, entry: CacheEntry, renderedInGeneration: number): boolean
  delete(key: string): void
  invalidate(tags: readonly string[]): number
  clear(): void
}
