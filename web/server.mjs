#!/usr/bin/env node
// The portal's production server: Next.js's own request handler (`next start` does the same)
// with the portal's one response cache in front of it.
// - A portal answer (page, feed, calendar, CSV) that says what it shows (its tags, see
//   web/lib/renderNotes.ts) is kept finished: runtime taken out, gzip and brotli copies made.
//   The next reader gets it from memory without Next being asked. Every write anywhere drops
//   the answers it touches at once (cms/cache/bus.ts), and answers that change with time alone
//   (open now, coming events) expire at that instant. Logged-in requests and open-ended
//   queries (search words, coordinates) always go to the app.
// - Page views are counted here, for cached answers too (crawlers are not counted).
// - The admin, the API and Next's files pass untouched (compressed by `compression`).
// - Every request gets an id (X-Request-Id), on every log line written for it (JSON lines) and
//   on its error page. A portal page that fails because the database cannot be used is answered
//   503 with Retry-After and a plain page in the reader's language; other failures 500 with the id.
// Usage: PORT=3000 node web/server.mjs (after `next build web`).
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import compression from 'compression'
import next from 'next'
import { withoutClientRuntime } from './lib/clientRuntime.mjs'
import { errorPage, errorText, loadErrorTexts, localeOfPath, REQUEST_ID_SLOT, RETRY_AFTER_SECONDS } from './lib/errorPage.mjs'
import { markPeerStamping, stampPeer } from './lib/peerAddress.mjs'
import { isReader } from './lib/readers.mjs'
import { installJsonConsole, logJson, requestIdOf } from './lib/requestLog.mjs'
import { cacheKeyOf, makeEntry, negotiate, ResponseCache } from './lib/responseCache.mjs'

process.env.NODE_ENV = 'production'
/** The request being handled (cms/logging/requestContext.ts): its id, and whether the database failed it. */
const requests = new AsyncLocalStorage()
globalThis.__integrationPortalRequestContext = requests
const requestId = () => requests.getStore()?.requestId
// One JSON object a line, as Payload's logger writes them (cms/logging/logger.ts), for journald
// and log shippers; LOG_FORMAT=pretty keeps Node's own console (and Payload's pretty lines).
const jsonLogs = process.env.LOG_FORMAT !== 'pretty'
if (jsonLogs) installJsonConsole(requestId)
// The public address decides which pages may write with a login cookie and where links in
// e-mails point; without it both would follow the request's Host header. The demo (DEMO=true)
// serves localhost.
if (!process.env.SERVER_URL && process.env.DEMO !== 'true') {
  console.error('SERVER_URL must be set in production (the public address, e.g. https://integration.example.de).')
  process.exit(1)
}
const dir = path.dirname(fileURLToPath(import.meta.url))
/** The error pages' words, per locale (locales/*.json, Error and Meta.portalName). */
const errorTexts = loadErrorTexts(path.join(dir, '../locales'))
const port = Number(process.env.PORT || 3000)

/** Where Next serves its own files from (`assetPrefix`, `basePath`), as built. */
function builtPaths() {
  try {
    const { config } = JSON.parse(fs.readFileSync(path.join(dir, '.next/required-server-files.json'), 'utf8'))
    return { assetPrefix: config.assetPrefix ?? '', basePath: config.basePath ?? '' }
  } catch {
    return { assetPrefix: '', basePath: '' }
  }
}
const paths = builtPaths()

/** Answers the server finishes itself (runtime cut, compressed once, maybe cached). */
const HELD_TYPES = /^(?:text\/html|application\/(?:rss\+)?xml|application\/atom\+xml|text\/calendar|text\/csv)\b/
/** The admin, the API and Next's own files: passed through as Next answers them. */
const UNTOUCHED = /^\/(?:admin|api|_next)(?:\/|$)/

/** A GET of the portal (a page, feed, calendar, CSV; not a client navigation), which this server finishes. */
function isPortalRequest(req) {
  if (req.method !== 'GET' || req.headers.rsc || req.headers['next-router-prefetch']) return false
  return !UNTOUCHED.test((req.url ?? '/').split('?')[0])
}

/** Internal headers the proxy (web/proxy.ts) puts on an answer for this server. */
const ROUTE_HEADER = 'x-portal-runtime'

const cacheMb = Number(process.env.RESPONSE_CACHE_MB || 256)
const cache = new ResponseCache({ maxBytes: cacheMb * 1024 * 1024 })
/** RESPONSE_CACHE_MB=0 turns the cache off: every answer is rendered (debugging, the bench's uncached rows). */
const cacheOn = cacheMb > 0
const renderNotes = new AsyncLocalStorage()
globalThis.__integrationPortalRenderNotes = renderNotes
/** The cache hears every change (cms/cache/bus.ts calls the listeners it finds here). */
globalThis.__integrationPortalResponseCache = cache

/**
 * Answers being rendered, by cache key: while one request renders a page, others for the same
 * key wait for it and get its entry, instead of all rendering the same page at once (a publish
 * drops a page that hundreds of readers are asking for). Resolves to the stored entry, or null
 * when the answer was not stored (not cacheable, or a write came during the render): then each
 * waiter renders for itself, so nobody gets an answer older than their request.
 */
const rendering = new Map()

/** Registers this request as the one rendering `key`; returns the function that ends the wait. */
function startRendering(key, res) {
  let finish
  rendering.set(key, new Promise((resolve) => (finish = resolve)))
  const settle = (entry) => {
    if (!finish) return
    rendering.delete(key)
    finish(entry)
    finish = null
  }
  // Redirects, errors, aborted requests: nothing stored, the waiters go on by themselves.
  res.once('close', () => settle(null))
  return settle
}

const newNotes = () => ({ tags: new Set(), expiresAt: null, status: null, view: null, uncacheable: false, work: { operations: 0, queries: 0 }, startedAt: performance.now() })

/**
 * With PORTAL_SERVER_TIMING=true a rendered answer says what it cost (the bench reads it; the
 * browser's developer tools show it): render time, Local API operations, SQL statements. Off by
 * default: it tells outsiders how the app works.
 */
const SERVER_TIMING = process.env.PORTAL_SERVER_TIMING === 'true'
const serverTiming = (notes) =>
  `render;dur=${(performance.now() - notes.startedAt).toFixed(1)}, api;desc="${notes.work.operations} Local API operations", sql;desc="${notes.work.queries} SQL statements"`

/** Counts a view of an answer served (from the cache or just rendered), readers only. */
function count(req, entry) {
  if (!entry?.view || !isReader(req.headers)) return
  globalThis.__integrationPortalCountView?.(entry.view)
}

/** Sends a stored answer: 304 for a matching ETag, otherwise the best encoding the client takes. */
function serve(req, res, entry, state) {
  const encoding = negotiate(req.headers['accept-encoding'])
  const body = entry.bodies[encoding]
  res.statusCode = entry.status
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  if (state === 'HIT' && SERVER_TIMING) res.setHeader('Server-Timing', 'cache;desc="hit"')
  res.setHeader('ETag', entry.etag)
  res.setHeader('Vary', 'Accept-Encoding')
  // One freshness model: this cache. Browsers and proxies in front keep a copy but ask again
  // each time (a 304 for an unchanged page), so nothing downstream holds a changed page.
  res.setHeader('Cache-Control', 'public, no-cache')
  res.setHeader('X-Portal-Cache', state)
  res.setHeader('X-Request-Id', requestId())
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding)
  if (entry.status === 200 && req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304
    res.removeHeader('Content-Encoding')
    return res.end()
  }
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * A portal answer that failed: 503 with Retry-After when the database could not be used (marked
 * by web/instrumentation.ts), with a plain page in the reader's language, since the town's frame
 * needs the database too; otherwise 500, the app's own error page in the town's frame when it
 * rendered one, else the plain page. Each shows the request's id; none is stored.
 */
function sendError(req, res, raw, type) {
  const request = requests.getStore()
  const id = request?.requestId ?? ''
  const unavailable = request?.databaseUnavailable === true
  const status = unavailable ? 503 : 500
  const locale = localeOfPath(req.url, errorTexts)
  const html = type.startsWith('text/html')
  const framed = html && !unavailable && raw.includes(REQUEST_ID_SLOT)
  // The app's framed page keeps the app's headers (security headers among them); our own pages get ours.
  if (!framed) for (const name of res.getHeaderNames()) res.removeHeader(name)
  const body = framed
    ? withoutClientRuntime(raw, paths).toString('utf8').replaceAll(REQUEST_ID_SLOT, id)
    : (html ? errorPage : errorText)({ status, locale, texts: errorTexts, requestId: id })
  res.statusCode = status
  res.removeHeader('Content-Encoding')
  if (!framed) res.setHeader('Content-Type', html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Request-Id', id)
  if (unavailable) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Holds back an answer of a held type (200, 404 or a server error) until it is complete, then
 * finishes it: runtime cut unless the route keeps it, compressed, stored when it said what it
 * shows, sent; a server error goes to sendError. Anything else (redirects, other types) goes
 * out as Next writes it.
 */
function finishHeld(req, res, key, notes, generation, settle) {
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const flushHeaders = res.flushHeaders.bind(res)
  const chunks = []
  let held = null
  const holding = () => {
    if (held === null) {
      const status = notes.status ?? res.statusCode
      held = (status === 200 || status === 404 || status >= 500) && HELD_TYPES.test(String(res.getHeader('content-type') ?? ''))
      res.portalHeld = held
    }
    return held
  }
  res.flushHeaders = () => (holding() ? undefined : flushHeaders())
  res.write = (chunk, encoding, callback) => {
    if (!holding()) return write(chunk, encoding, callback)
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  res.end = (chunk, encoding, callback) => {
    if (!holding()) return end(chunk, encoding, callback)
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback
    void complete(Buffer.concat(chunks)).then(done, (error) => {
      console.error('Finishing an answer failed:', error)
      res.destroy(error)
    })
    return res
  }
  /** The response object is ours again: Next's wrappers and headers off. */
  const release = ({ clear }) => {
    res.write = write
    res.end = end
    res.flushHeaders = flushHeaders
    if (clear) for (const name of res.getHeaderNames()) res.removeHeader(name)
  }
  const complete = async (raw) => {
    // A failed render, also one the error boundary answered 200 while the database was away.
    if (((notes.status ?? res.statusCode) >= 500 || requests.getStore()?.databaseUnavailable) && !res.headersSent) {
      settle?.(null)
      const type = String(res.getHeader('content-type') ?? '')
      res.removeHeader(ROUTE_HEADER)
      release({ clear: false })
      return sendError(req, res, raw, type)
    }
    const keep = res.getHeader(ROUTE_HEADER) === 'keep'
    res.removeHeader(ROUTE_HEADER)
    const isHtml = String(res.getHeader('content-type')).startsWith('text/html')
    const body = isHtml && !keep ? withoutClientRuntime(raw, paths) : raw
    // Stored only once the app hears changes (web/instrumentation.ts): never a page no write could drop.
    const listening = globalThis.__integrationPortalChangeBus?.app === true
    const cacheable = listening && key !== null && !keep && !notes.uncacheable && notes.tags.size > 0 && !res.getHeader('set-cookie')
    const served = negotiate(req.headers['accept-encoding'])
    const encodings = cacheable ? ['gzip', 'br'] : served === 'identity' ? [] : [served]
    const entry = await makeEntry({ status: notes.status ?? res.statusCode, headers: res.getHeaders(), body, tags: notes.tags, expiresAt: notes.expiresAt, view: notes.view, encodings })
    const stored = cacheable && cache.set(key, entry, generation)
    settle?.(stored ? entry : null)
    release({ clear: true })
    if (SERVER_TIMING) res.setHeader('Server-Timing', serverTiming(notes))
    serve(req, res, entry, stored ? 'MISS' : 'BYPASS')
    count(req, entry)
  }
}

const app = next({ dev: false, dir, port })
const handle = app.getRequestHandler()
await app.prepare()
// Everything not finished above (admin, API, Next's files) is compressed on the way out.
const compress = compression({ filter: (req, res) => !res.portalHeld && compression.filter(req, res) })
// Rate limits need the client's address; the app sees only this header (lib/peerAddress.mjs).
markPeerStamping()

/** Has Next answer; portal answers are finished (and maybe stored) by finishHeld. */
function render(req, res, key) {
  const notes = newNotes()
  const generation = cache.generation
  compress(req, res, () => {
    // A HEAD answer has no body to keep: it is served from the cache, never stored in it.
    if (isPortalRequest(req)) {
      const settle = key !== null && req.method === 'GET' && !rendering.has(key) ? startRendering(key, res) : undefined
      finishHeld(req, res, key, notes, generation, settle)
    }
    renderNotes.run(notes, () => handle(req, res))
  })
}

/** Answers one request (inside its request context). */
function answer(req, res) {
  stampPeer(req)
  const key = cacheOn ? cacheKeyOf(req) : null
  const hit = key === null ? undefined : cache.get(key)
  if (hit) {
    serve(req, res, hit, 'HIT')
    count(req, hit)
    return
  }
  const pending = key === null ? undefined : rendering.get(key)
  if (pending) {
    void pending.then((entry) => {
      if (entry) {
        serve(req, res, entry, 'HIT')
        count(req, entry)
      } else render(req, res, key)
    })
    return
  }
  render(req, res, key)
}

const server = http
  .createServer((req, res) => {
    const context = { requestId: requestIdOf(req.headers['x-request-id']), databaseUnavailable: false }
    res.setHeader('X-Request-Id', context.requestId)
    requests.run(context, () => answer(req, res))
  })
  .listen(port, () => console.log(`> Ready on http://localhost:${port}`))

// The process's memory in the log every LOG_MEMORY_SECONDS (default 300; 0 = never): an operator
// sees growth in the journal, and bench/soak.mjs samples it.
const memorySeconds = Number(process.env.LOG_MEMORY_SECONDS ?? 300)
if (memorySeconds > 0) {
  setInterval(() => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
    const memory = { rss, heapUsed, heapTotal, external }
    if (jsonLogs) logJson({ msg: 'memory', memory })
    else console.info('memory', memory)
  }, memorySeconds * 1000).unref()
}

// On stop: answer what is under way (at most 10 s), take nothing new, then exit normally.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10000).unref()
  })
}
