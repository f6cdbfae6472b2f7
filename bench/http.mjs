#!/usr/bin/env node
// Throughput and latency with autocannon (50 connections, 10 s a run) of
// (a) the app alone (`npm start`: a cached page comes from web/server.mjs's response cache),
// (r) the reference: a bare Next.js hello-world page built with the same `next` (bench/hello),
// (b) nginx serving the same HTML saved to disk: the machine's ceiling,
// (c) the app behind nginx with the production config deploy/nginx/portal.conf (cache on),
// (d) directory queries on the 10,000-service town, which no cache answers (a new query
//     string each time in real use; the app renders them).
// Usage: node bench/http.mjs [--seconds 10] [--uncached] (BENCH_URL=… uses a running server; then
// BENCH_APP_PORT too). --uncached measures only (d) and its floor, the imprint page: the rows
// to compare before and after a change to rendering, in one run's conditions. --compare URL adds
// the same rows for a second app on the same database (e.g. the build from before a change),
// its runs taken in turn with the first's, so that both see the same load on a shared machine.
import autocannon from 'autocannon'
import { get, pageTypes, runAlone, table } from './lib/portal.mjs'
import { startHello } from './lib/hello.mjs'
import { nginxAvailable, saveStatic, startNginx } from './lib/nginx.mjs'

const CONNECTIONS = 50
const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 10
const UNCACHED_ONLY = process.argv.includes('--uncached')
const argCompare = process.argv.indexOf('--compare')
const COMPARE = argCompare > 0 ? process.argv[argCompare + 1]?.replace(/\/$/, '') : undefined

/** Both sides ask like a browser does: compressed answers welcome. */
const BROWSER = { 'accept-encoding': 'gzip, br' }

/** One autocannon run; the figures the tables show. */
export async function load(url, { connections = CONNECTIONS, duration = SECONDS, headers = {} } = {}) {
  const r = await autocannon({ url, connections, duration, headers: { ...BROWSER, ...headers } })
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

export async function run(base, { uncachedOnly = false, compare = undefined } = {}) {
  const appPort = Number(process.env.BENCH_APP_PORT || new URL(base).port)
  const pages = uncachedOnly ? null : await pageTypes(base, 'de')
  const cached = pages ? { home: pages.home, 'guide page': pages['guide page'], service: pages.service } : {}
  const queries = {
    'search one word': '/de/benchstadt/services?q=sprachkurs',
    'topic + language': '/de/benchstadt/services?topic=sprache&language=ar',
    'search + topic + language + free': '/de/benchstadt/services?q=hilfe&topic=beratung&language=uk&cost=free',
  }
  const nginx = !uncachedOnly && nginxAvailable() ? await startNginx({ appPort }) : null
  const hello = uncachedOnly ? null : await startHello()
  const rows = []
  try {
    const reference = hello ? await load(hello.base) : null
    if (reference) rows.push(['reference: bare Next.js hello world (same `next`)', ...fmt(reference), '–', '100 %'])
    for (const [name, pagePath] of Object.entries(cached)) {
      // Warm the app: the first request renders and stores the page, the second is a hit.
      await get(base + pagePath, { headers: BROWSER })
      const cacheState = (await get(base + pagePath, { headers: BROWSER })).headers.get('x-portal-cache') ?? '?'
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
      rows.push([`${name}: app alone (${cacheState})`, ...fmt(app), ratio(app, stat), ratio(app, reference)])
      if (stat) rows.push([`${name}: nginx, HTML from disk`, ...fmt(stat), '100 %', ratio(stat, reference)])
      if (proxied) rows.push([`${name}: nginx → app (${cacheStatus})`, ...fmt(proxied), ratio(proxied, stat), ratio(proxied, reference)])
    }
    // Uncached: any Authorization header keeps an answer out of the response cache (as a login
    // would); an unknown scheme is no login, so the app renders the public page each time.
    // Median of three runs each, the imprint page (the cheapest page a town has) beside them.
    const uncached = { headers: { authorization: 'Bench uncached' } }
    // The apps measured: this one, and the compared one (--compare), in turns.
    const apps = [{ base, label: '' }, ...(compare ? [{ base: compare, label: ' (compared)' }] : [])]
    const median3 = async (pagePath) => {
      const runs = apps.map(() => [])
      for (let i = 0; i < 3; i++) for (const [a, app] of apps.entries()) runs[a].push(await load(app.base + pagePath, uncached))
      return runs.map((r) => r.sort((x, y) => x.rps - y.rps)[1])
    }
    const imprints = await median3('/de/eisenach/imprint')
    for (const [a, app] of apps.entries()) rows.push([`imprint page, uncached (floor)${app.label}`, ...fmt(imprints[a]), '–', ratio(imprints[a], reference), '100 %'])
    for (const [name, pagePath] of Object.entries(queries)) {
      for (const app of apps) await get(app.base + pagePath, uncached) // the town's search index is built on its first query
      const medians = await median3(pagePath)
      for (const [a, app] of apps.entries()) rows.push([`directory, 10k services, uncached: ${name}${app.label}`, ...fmt(medians[a]), '–', ratio(medians[a], reference), ratio(medians[a], imprints[a])])
    }
  } finally {
    await nginx?.stop()
    await hello?.stop()
  }
  const md = `## HTTP throughput (autocannon, ${CONNECTIONS} connections, ${SECONDS} s a run)

Portal pages in German, asked with \`Accept-Encoding: gzip, br\`. *App alone* is \`npm start\`
(its response cache's X-Portal-Cache of the warmed page in brackets); the *reference* is a bare
Next.js hello-world page built with the same \`next\` and served by \`next start\`, measured in
the same run; *nginx, HTML from disk* is the same page saved as a file and served by Debian's
nginx on this machine (the ceiling); *nginx → app* is the production config
\`deploy/nginx/portal.conf\` (its X-Cache-Status in brackets). The ratios are req/s against nginx
serving the file and against the reference. The client runs on the same 2 cores as the servers.

The uncached rows are the median of three runs each; the last column is req/s against the
imprint page's (the cheapest uncached page, measured in the same run: the fair measure on a
shared machine).

${table(['target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'vs nginx static', 'vs hello world', 'vs imprint'], rows.map((row) => (row.length < 9 ? [...row, '–'] : row)))}
${nginx || uncachedOnly ? '' : '\n(nginx not installed: `apt-get install -y nginx` for rows (b) and (c).)\n'}`
  return { md, problems: 0 }
}

await runAlone(import.meta.url, (base) => run(base, { uncachedOnly: UNCACHED_ONLY, compare: COMPARE }))
