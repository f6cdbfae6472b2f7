#!/usr/bin/env node
// The portal's production server: Next.js's own request handler (`next start` does the same),
// plus one step for public portal pages: they are sent without Next's client runtime
// (lib/clientRuntime.mjs). The admin, the API, Next's files and client-side navigation
// requests pass untouched. Compression moves here from Next (next.config.ts: compress: false)
// because a page must be changed before it is compressed.
// Usage: PORT=3000 node web/server.mjs (after `next build web`).
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import compression from 'next/dist/compiled/compression/index.js'
import { withoutClientRuntime } from './lib/clientRuntime.mjs'
import { markPeerStamping, stampPeer } from './lib/peerAddress.mjs'

process.env.NODE_ENV = 'production'
// The public address decides which pages may write with a login cookie and where links in
// e-mails point; without it both would follow the request's Host header. The demo (DEMO=true)
// serves localhost.
if (!process.env.SERVER_URL && process.env.DEMO !== 'true') {
  console.error('SERVER_URL must be set in production (the public address, e.g. https://integration.example.de).')
  process.exit(1)
}
const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.PORT || 3000)

const UNTOUCHED = /^\/(?:admin|api|_next)(?:\/|$)/

/** A request for a public page as HTML (not the admin, the API, a file or an RSC navigation). */
function isPortalPage(req) {
  // HEAD has no body to change (and its length would read 0).
  if (req.method !== 'GET') return false
  if (req.headers.rsc || req.headers['next-router-prefetch']) return false
  const pathname = (req.url ?? '/').split('?')[0]
  return !UNTOUCHED.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname)
}

/**
 * Holds back an HTML answer (200 or the 404 page) until it is complete, then sends it without
 * the runtime. Anything else (redirects, errors whose page React draws in the browser, other
 * types) is sent as Next writes it.
 */
function sendWithoutRuntime(res) {
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  const flushHeaders = res.flushHeaders.bind(res)
  const chunks = []
  let held = null
  const holding = () => {
    held ??= String(res.getHeader('content-type') ?? '').startsWith('text/html') && (res.statusCode === 200 || res.statusCode === 404)
    return held
  }
  const collect = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
  }
  res.flushHeaders = () => (holding() ? undefined : flushHeaders())
  res.write = (chunk, encoding, callback) => {
    if (!holding()) return write(chunk, encoding, callback)
    collect(chunk, encoding)
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  res.end = (chunk, encoding, callback) => {
    if (!holding()) return end(chunk, encoding, callback)
    collect(chunk, encoding)
    const body = Buffer.from(withoutClientRuntime(Buffer.concat(chunks).toString('utf8')), 'utf8')
    if (!res.headersSent) res.setHeader('Content-Length', body.length)
    return end(body, (typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback) ?? undefined)
  }
}

const app = next({ dev: false, dir, port })
const handle = app.getRequestHandler()
await app.prepare()
const compress = compression()
// Rate limits need the client's address; the app sees only this header (lib/peerAddress.mjs).
markPeerStamping()

const server = http
  .createServer((req, res) => {
    stampPeer(req)
    compress(req, res, () => {
      if (isPortalPage(req)) sendWithoutRuntime(res)
      handle(req, res)
    })
  })
  .listen(port, () => console.log(`> Ready on http://localhost:${port}`))

// On stop: answer what is under way (at most 10 s), take nothing new, then exit normally.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10000).unref()
  })
}
