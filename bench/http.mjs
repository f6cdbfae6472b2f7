#!/usr/bin/env node
// Throughput and latency with autocannon (50 connections, 10 s a run) of
// (a) the app alone (`npm start`, every portal page rendered per request),
// (b) nginx serving the same HTML saved to disk: the machine's ceiling,
// (c) the app behind nginx with the production config deploy/nginx/portal.conf (cache on),
// (d) directory queries on the 10,000-service town, which no cache answers (a new query
//     string each time in real use; the app renders them).
// Usage: node bench/http.mjs [--seconds 10] (BENCH_URL=… uses a running server; then BENCH_APP_PORT too).
import autocannon from 'autocannon'
import { get, pageTypes, runAlone, table } from './lib/portal.mjs'
import { nginxAvailable, saveStatic, startNginx } from './lib/nginx.mjs'

const CONNECTIONS = 50
const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 10

/** One autocannon run; the figures the tables show. */
export async function load(url, { connections = CONNECTIONS, duration = SECONDS } = {}) {
  const r = await autocannon({ url, connections, duration })
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    // Timeouts (10 s) are counted among the errors.
    errors: r.errors,
    non2xx: r.non2xx,
    total: r.requests.total,
  }
}

const fmt = (r) => [r.rps.toFixed(0), `${r.p50}`, `${r.p99}`, `${r.errors}`, `${r.non2xx}`]
const ratio = (r, ref) => (ref ? `${((r.rps / ref.rps) * 100).toFixed(0)} %` : '–')

export async function run(base) {
  const appPort = Number(process.env.BENCH_APP_PORT || new URL(base).port)
  const pages = await pageTypes(base, 'de')
  const cached = { home: pages.home, 'guide page': pages['guide page'], service: pages.service }
  const queries = {
    'search one word': '/de/benchstadt/services?q=sprachkurs',
    'topic + language': '/de/benchstadt/services?topic=sprache&language=ar',
    'search + topic + language + free': '/de/benchstadt/services?q=hilfe&topic=beratung&language=uk&cost=free',
  }
  const nginx = nginxAvailable() ? await startNginx({ appPort }) : null
  const rows = []
  try {
    for (const [name, pagePath] of Object.entries(cached)) {
      await get(base + pagePath) // warm the app (first render loads the town)
      const app = await load(base + pagePath)
      let stat = null
      let proxied = null
      let cacheStatus = '–'
      if (nginx) {
        await saveStatic(nginx.staticRoot, base, pagePath)
        stat = await load(nginx.staticBase + pagePath)
        await get(nginx.proxyBase + pagePath) // fill the cache
        cacheStatus = (await get(nginx.proxyBase + pagePath)).headers.get('x-cache-status') ?? '?'
        proxied = await load(nginx.proxyBase + pagePath)
      }
      rows.push([`${name}: app alone`, ...fmt(app), ratio(app, stat)])
      if (stat) rows.push([`${name}: nginx, HTML from disk`, ...fmt(stat), '100 %'])
      if (proxied) rows.push([`${name}: nginx cache → app (${cacheStatus})`, ...fmt(proxied), ratio(proxied, stat)])
    }
    for (const [name, pagePath] of Object.entries(queries)) {
      await get(base + pagePath) // the town's search index is built on its first query
      rows.push([`directory, 10k services, uncached: ${name}`, ...fmt(await load(base + pagePath)), '–'])
    }
  } finally {
    await nginx?.stop()
  }
  const md = `## HTTP throughput (autocannon, ${CONNECTIONS} connections, ${SECONDS} s a run)

Portal pages in German. *App alone* is \`npm start\` rendering every request; *nginx, HTML
from disk* is the same page saved as a file and served by Debian's nginx on this machine (the
ceiling); *nginx cache → app* is the production config \`deploy/nginx/portal.conf\` (X-Cache-Status
of the warmed page in brackets). The ratio is req/s against nginx serving the file. The
client runs on the same 2 cores as the servers. Reference: a public Payload + Next.js starter
site ≈ 1,900 req/s for a cached page, nginx 29,000–49,000 req/s.

${table(['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs nginx static'], rows)}
${nginx ? '' : '\n(nginx not installed: `apt-get install -y nginx` for rows (b) and (c).)\n'}`
  return { md, problems: 0 }
}

await runAlone(import.meta.url, run)
