// Plain JavaScript: the production server (web/server.mjs) runs it without a build step.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

/**
 * Query parameters whose values are open-ended (free text, coordinates): every reader asks a
 * different one, so their answers are rendered per request and never fill the cache.
 */
export const OPEN_ENDED_PARAMS = ['q', 'near']

/** Headers of a rendered answer that belong to one response, not to the stored page. */
const PER_RESPONSE = new Set(['x-request-id', 'retry-after', 'set-cookie', 'date', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'etag', 'vary', 'age', 'x-portal-cache'])

/**
 * The key of a request the cache may answer, or null when it must go to the app: only GET and
 * HEAD, never with a login (Payload's cookie or an Authorization header), never Next's client navigations, never
 * open-ended queries. The query is sorted, so `?a=1&b=2` and `?b=2&a=1` are one page.
 */
export function cacheKeyOf(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action']) return null
  if (/(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '') || req.headers.authorization) return null
  const url = new URL(req.url ?? '/', 'http://portal.invalid')
  if (/^\/(?:admin|api|_next)(?:\/|$)/.test(url.pathname)) return null
  if (OPEN_ENDED_PARAMS.some((name) => url.searchParams.has(name))) return null
  url.searchParams.sort()
  const query = url.searchParams.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

/** The best encoding the client accepts of those stored: br, gzip or none. */
export function negotiate(acceptEncoding) {
  const accepted = String(acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.split('=')[1]) > 0)
    .map(([name]) => name.trim().toLowerCase())
  if (accepted.includes('br')) return 'br'
  if (accepted.includes('gzip') || accepted.includes('*')) return 'gzip'
  return 'identity'
}

/**
 * A finished answer as the cache keeps it: the body (runtime already taken out), its gzip and
 * brotli copies, the headers to send again, its tags, when time alone ends it, and the view
 * to count each time it is served.
 */
export async function makeEntry({ status, headers, body, tags, expiresAt, view, encodings = ['gzip', 'br'] }) {
  // An answer that is stored gets both copies, brotli at a high quality (made once, sent often);
  // one sent once gets only the encoding its client takes.
  const [gz, br] = await Promise.all([
    encodings.includes('gzip') ? gzip(body, { level: 6 }) : null,
    encodings.includes('br') ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: encodings.length > 1 ? 9 : 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null,
  ])
  const kept = {}
  for (const [name, value] of Object.entries(headers)) if (!PER_RESPONSE.has(name.toLowerCase()) && value !== undefined) kept[name.toLowerCase()] = value
  return {
    status,
    headers: kept,
    bodies: { identity: body, gzip: gz, br },
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    tags: [...tags],
    expiresAt,
    view,
    storedAt: Date.now(),
    size: body.length + (gz?.length ?? 0) + (br?.length ?? 0),
  }
}

/**
 * The portal's one response cache: finished pages in memory, least recently used dropped
 * first beyond `maxBytes`, dropped by tag when a write changes what they show (the change bus,
 * cms/cache/bus.ts) and at their own expiry (open now, coming events).
 */
export class ResponseCache {
  constructor({ maxBytes = 256 * 1024 * 1024 } = {}) {
    this.maxBytes = maxBytes
    this.bytes = 0
    /** key → entry, in order of use (a Map keeps insertion order). */
    this.entries = new Map()
    /** tag → keys */
    this.byTag = new Map()
    /** Bumped by every invalidation: a render that started before it must not be stored. */
    this.generation = 0
  }

  /** The fresh entry for a key, or undefined. */
  get(key, now = Date.now()) {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt !== null && entry.expiresAt <= now) {
      this.delete(key)
      return undefined
    }
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores an entry unless a write came in since its render began (then it may be stale). */
  set(key, entry, renderedInGeneration) {
    if (renderedInGeneration !== this.generation) return false
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.size
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  delete(key) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
  }

  /** Drops every entry carrying one of the tags. */
  invalidate(tags) {
    this.generation++
    let dropped = 0
    for (const tag of tags) {
      for (const key of [...(this.byTag.get(tag) ?? [])]) {
        this.delete(key)
        dropped++
      }
    }
    return dropped
  }

  clear() {
    this.generation++
    this.entries.clear()
    this.byTag.clear()
    this.bytes = 0
  }
}
