#!/usr/bin/env node
// Soak: readers and editors together for a long time (10 minutes; SOAK_SECONDS for a short run)
// on a production server of its own (a fresh demo database), to find what only time shows: memory
// that grows, latency that creeps up, errors that start after a while.
// - Readers: autocannon, SOAK_READERS connections (default 20) on portal pages in three languages
//   (cached ones, and ones every publish drops from the cache), a search (always rendered) and an
//   API list, in windows of 10 s, so that p99 and errors are known per window.
// - Editors, through REST with the demo editor's login: a news article published every second,
//   a service's summary edited every five seconds.
// - Memory: the server's RSS (from /proc) and its V8 heap (from the server's own memory log line,
//   LOG_MEMORY_SECONDS=10) after each window.
// Fails (exit 1) on any reader error or non-2xx answer, any failed write, or memory growth beyond
// the bound below. Writes bench/results/soak.md.
// Usage: npm run bench:soak (SOAK_SECONDS=120 npm run bench:soak for a short run).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { buildIfNeeded, root, startServer } from '../scripts/lib.mjs'
import { machine, table, TOWN } from './lib/portal.mjs'
import { api, EDITOR, sleep } from './lib/rest.mjs'

const SECONDS = Number(process.env.SOAK_SECONDS || 600)
const READERS = Number(process.env.SOAK_READERS || 20)
const WINDOW = 10
const PORT = Number(process.env.SOAK_PORT || 3230)

/**
 * The bound (contract of this bench): from the baseline (median of three samples after the
 * warm-up: the first minute, or the first third of a shorter run) to the end (median of the last
 * three samples), the V8 heap may grow by at most 64 MB and the RSS by at most 192 MB. A leak of
 * a few kilobytes per request (one cached copy kept too many, a listener per request) passes
 * these within minutes at this load; caches that fill up to their limits stay well below.
 */
const MAX_HEAP_GROWTH_MB = 64
const MAX_RSS_GROWTH_MB = 192

const MB = 1024 * 1024
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** The server's resident memory, from the kernel. */
function rssOf(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Number(line?.match(/\d+/)?.[0] ?? 0) * 1024
}

/** The heap of the server's newest memory line (web/server.mjs, LOG_MEMORY_SECONDS). */
function lastHeap(output) {
  for (let i = output.length - 1; i >= 0; i--) {
    for (const line of output[i].split('\n').reverse()) {
      if (!line.includes('"msg":"memory"')) continue
      try {
        return JSON.parse(line).memory.heapUsed
      } catch {
        // a line cut between two chunks: look further back
      }
    }
  }
  return null
}

/** Publishes a news article every second and edits a service every five, until `stop()`. */
function startEditors(base, token, town, service) {
  const counts = { published: 0, edited: 0, failed: 0, failures: [] }
  const created = []
  let running = true
  const loop = (async () => {
    for (let n = 1; running; n++) {
      const due = Date.now() + 1000
      const res = await api(base, 'POST', '/api/news?locale=de', token, { municipality: town, title: `Soak ${n}`, slug: `soak-${Date.now()}-${n}`, lead: 'Dauertest', _status: 'published' })
      if (res.status === 201) {
        counts.published++
        created.push(res.body.doc.id)
      } else {
        counts.failed++
        counts.failures.push(`publish ${res.status}`)
      }
      if (n % 5 === 0) {
        const edit = await api(base, 'PATCH', `/api/services/${service.id}?locale=de&depth=0`, token, { summary: `${service.summary} (${n})` })
        if (edit.status === 200) counts.edited++
        else {
          counts.failed++
          counts.failures.push(`edit ${edit.status}`)
        }
      }
      await sleep(Math.max(0, due - Date.now()))
    }
  })()
  return {
    counts,
    stop: async () => {
      running = false
      await loop
      // Leave the demo as it was.
      for (const id of created) await api(base, 'DELETE', `/api/news/${id}`, token)
      await api(base, 'PATCH', `/api/services/${service.id}?locale=de&depth=0`, token, { summary: service.summary })
    },
  }
}

export async function run() {
  await buildIfNeeded()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-soak-'))
  const server = await startServer({
    port: PORT,
    quiet: true,
    env: { DATABASE_URI: `file:${path.join(dir, 'soak.db')}`, MEDIA_DIR: path.join(dir, 'media'), SEED_DEMO: 'true', DEMO: 'true', LOG_MEMORY_SECONDS: String(WINDOW) },
  })
  const base = `http://127.0.0.1:${PORT}`
  const windows = []
  let editors
  try {
    const login = await api(base, 'POST', '/api/users/login', null, EDITOR)
    if (login.status !== 200) throw new Error(`editor login: ${login.status}`)
    const token = login.body.token
    const town = (await api(base, 'GET', `/api/municipalities?where[slug][equals]=${TOWN}&depth=0`, token)).body.docs[0].id
    const service = (await api(base, 'GET', `/api/services?where[municipality][equals]=${town}&limit=1&depth=0&locale=de`, token)).body.docs[0]
    const article = (await api(base, 'GET', `/api/news?where[municipality][equals]=${town}&limit=1&depth=0&locale=de`, token)).body.docs[0]
    const requests = [
      { path: `/de/${TOWN}` },
      { path: `/de/${TOWN}/news` },
      { path: `/ar/${TOWN}/news` },
      { path: `/de/${TOWN}/news/${article.slug}` },
      { path: `/uk/${TOWN}/guide` },
      { path: `/de/${TOWN}/services` },
      { path: `/fa/${TOWN}/services?q=sprachkurs` },
      { path: '/api/news?limit=5&depth=0' },
    ]
    editors = startEditors(base, token, town, service)
    const started = Date.now()
    while (Date.now() - started < SECONDS * 1000) {
      const before = { ...editors.counts }
      const result = await autocannon({ url: base, connections: READERS, duration: WINDOW, timeout: 20, requests })
      windows.push({
        t: Math.round((Date.now() - started) / 1000),
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
        published: editors.counts.published - before.published,
        writeFailures: editors.counts.failed - before.failed,
        rss: rssOf(server.child.pid),
        heap: lastHeap(server.output),
      })
      const w = windows.at(-1)
      console.error(`${w.t} s: ${w.rps.toFixed(0)} req/s, p99 ${w.p99} ms, errors ${w.errors}, non-2xx ${w.non2xx}, RSS ${(w.rss / MB).toFixed(0)} MB, heap ${((w.heap ?? 0) / MB).toFixed(0)} MB`)
    }
  } finally {
    await editors?.stop()
    server.child.kill('SIGTERM')
    await new Promise((r) => (server.child.exitCode !== null ? r() : server.child.once('exit', r)))
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const warmup = Math.min(60, SECONDS / 3)
  const afterWarmup = windows.filter((w) => w.t > warmup)
  const baseline = afterWarmup.slice(0, 3)
  const end = windows.slice(-3)
  const growth = (key) => (median(end.map((w) => w[key] ?? 0)) - median(baseline.map((w) => w[key] ?? 0))) / MB
  const heapGrowth = growth('heap')
  const rssGrowth = growth('rss')
  const sum = (key) => windows.reduce((s, w) => s + w[key], 0)
  const totalRequests = windows.reduce((s, w) => s + w.rps * WINDOW, 0)
  const checks = {
    'reader errors (timeouts included)': [sum('errors'), sum('errors') === 0],
    'reader non-2xx answers': [sum('non2xx'), sum('non2xx') === 0],
    'writes failed': [`${editors.counts.failed} of ${editors.counts.published + editors.counts.edited + editors.counts.failed}${editors.counts.failures.length ? ` (${[...new Set(editors.counts.failures)].join(', ')})` : ''}`, editors.counts.failed === 0],
    [`V8 heap growth after warm-up (bound ${MAX_HEAP_GROWTH_MB} MB)`]: [`${heapGrowth.toFixed(1)} MB`, heapGrowth <= MAX_HEAP_GROWTH_MB],
    [`RSS growth after warm-up (bound ${MAX_RSS_GROWTH_MB} MB)`]: [`${rssGrowth.toFixed(1)} MB`, rssGrowth <= MAX_RSS_GROWTH_MB],
  }
  const problems = Object.values(checks).filter(([, pass]) => !pass).length
  const md = `## Soak (${SECONDS} s, ${READERS} readers, one publish a second, one service edit every 5 s)

autocannon with ${READERS} connections in ${WINDOW}-second windows on eight addresses (home, news list
in de and ar, an article, a guide, the services list, a search, the news API) against \`npm start\`
on a fresh demo database, while the demo editor publishes a news article every second and edits
a service every five seconds through REST. Every publish drops the news pages from the response
cache, so they are rendered again. Memory is the server's RSS (/proc) and V8 heap (its
memory log line) after each window; the bound is stated in bench/soak.mjs.
Readers: ${Math.round(totalRequests)} requests; writes: ${editors.counts.published} published, ${editors.counts.edited} edits.

${table(['check', 'result', ''], Object.entries(checks).map(([name, [value, pass]]) => [name, `${value}`, pass ? '✓' : '✗']))}

### Over time

${table(
    ['t (s)', 'req/s', 'p50 (ms)', 'p99 (ms)', 'errors', 'non-2xx', 'published', 'RSS (MB)', 'heap (MB)'],
    windows.map((w) => [w.t, w.rps.toFixed(0), w.p50, w.p99, w.errors, w.non2xx, w.published, (w.rss / MB).toFixed(0), w.heap === null ? '–' : (w.heap / MB).toFixed(0)]),
  )}
`
  return { md, problems }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { md, problems } = await run()
  const report = `# Soak (\`npm run bench:soak\`)\n\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine()} at the end of the run.\n\n${md}`
  fs.writeFileSync(path.join(root, 'bench/results/soak.md'), report)
  console.log(report)
  if (problems) process.exitCode = 1
}
