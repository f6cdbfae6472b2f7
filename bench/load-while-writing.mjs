#!/usr/bin/env node
// Load while writing: 200 readers (autocannon) on portal pages for 60 s while an editor
// publishes a news item through REST every second (a counter in its German title). The
// readers go through the production nginx config (deploy/nginx), as in a deployment; without
// nginx installed, to the app directly. Passes when no reader saw an error or a non-2xx
// answer, every write was answered 200 with the title it sent, the stored title is the last
// one written, and the portal shows it (the app at once, nginx within the pages' s-maxage).
// Usage: node bench/load-while-writing.mjs [--seconds 60] (BENCH_URL=… uses a running server).
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { nginxAvailable, startNginx } from './lib/nginx.mjs'
import { get, runAlone, table, TOWN } from './lib/portal.mjs'
import { api, EDITOR, sleep } from './lib/rest.mjs'

const READERS = 200
const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 60

/** Milliseconds until `url` shows `text`, or null after `limitMs`. */
async function shownAfter(url, text, limitMs) {
  const t0 = Date.now()
  while (Date.now() - t0 < limitMs) {
    if ((await (await get(url)).text()).includes(text)) return Date.now() - t0
    await sleep(250)
  }
  return null
}

export async function run(base) {
  const login = await api(base, 'POST', '/api/users/login', null, EDITOR)
  if (login.status !== 200) throw new Error(`editor login: ${login.status}`)
  const token = login.body.token
  const found = await api(base, 'GET', '/api/news?limit=1&depth=0&locale=de&where[_status][equals]=published&sort=-publishedAt', token)
  const item = found.body?.docs?.[0]
  if (!item) throw new Error('no published news item to edit')
  const original = item.title.replace(/ · \d+$/, '')
  const articlePath = `/de/${TOWN}/news/${item.slug}`
  const nginx = nginxAvailable() ? await startNginx({ appPort: Number(new URL(base).port) }) : null
  const readBase = nginx?.proxyBase ?? base

  // Whatever fails below, our nginx stops.
  let read, last, stored, appShows, nginxShows
  const writes = []
  try {
    const readers = autocannon({
      url: readBase,
      connections: READERS,
      duration: SECONDS,
      // A reader's timeout: slower than this counts as an error.
      timeout: 20,
      requests: [{ path: articlePath }, { path: `/de/${TOWN}/news` }, { path: `/de/${TOWN}` }, { path: `/ar/${TOWN}/news` }],
    })

    // The editor: one publish a second, each waiting for the previous answer (as in the admin).
    const end = Date.now() + SECONDS * 1000
    for (let n = 1; Date.now() < end - 1000; n++) {
      const due = Date.now() + 1000
      const title = `${original} · ${n}`
      const t0 = performance.now()
      const res = await api(base, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title, slug: item.slug, _status: 'published' })
      writes.push({ title, status: res.status, ms: performance.now() - t0, echoed: res.body?.doc?.title === title })
      await sleep(Math.max(0, due - Date.now()))
    }
    read = await readers

    last = writes.at(-1)?.title
    stored = (await api(base, 'GET', `/api/news/${item.id}?locale=de&depth=0`, token)).body?.title
    appShows = await shownAfter(base + articlePath, last, 10000)
    // Behind nginx a page is at most s-maxage (30 s) old, plus the request that refreshes it.
    nginxShows = nginx ? await shownAfter(nginx.proxyBase + articlePath, last, 45000) : null
  } finally {
    await nginx?.stop()
  }
  // Leave the demo item as it was.
  await api(base, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title: original, slug: item.slug, _status: 'published' })

  const ok = writes.filter((w) => w.status === 200 && w.echoed).length
  const writeMs = writes.map((w) => w.ms).sort((a, b) => a - b)
  const pct = (p) => writeMs[Math.min(writeMs.length - 1, Math.floor((p / 100) * writeMs.length))]?.toFixed(0)
  const checks = {
    // autocannon counts a timeout among the errors too.
    'reader errors (of which timeouts)': [`${read.errors} (${read.timeouts})`, read.errors === 0],
    'reader non-2xx': [read.non2xx, read.non2xx === 0],
    'writes answered 200 with their title': [`${ok} / ${writes.length}`, ok === writes.length && writes.length > 0],
    'stored title = last write (no lost write)': [stored === last ? 'yes' : `no: "${stored}"`, stored === last],
    'app shows the last write after': [appShows === null ? 'not within 10 s' : `${appShows} ms`, appShows !== null],
    ...(nginx ? { 'nginx cache shows it after': [nginxShows === null ? 'not within 45 s' : `${(nginxShows / 1000).toFixed(1)} s`, nginxShows !== null] } : {}),
  }
  const failed = Object.values(checks).filter(([, pass]) => !pass).length
  const md = `## Load while writing (${READERS} readers, ${SECONDS} s, one publish a second)

autocannon with ${READERS} connections on four portal pages (the edited article, news in de
and ar, the town's home) ${nginx ? 'through nginx with `deploy/nginx/portal.conf` in front of `npm start`' : 'against `npm start` directly (nginx not installed)'}, while the demo editor publishes the
article through REST every second (SQLite in WAL mode).
Readers: ${read.requests.total} requests, ${read.requests.average.toFixed(0)} req/s, p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms.
Writes: ${writes.length}, p50 ${pct(50)} ms, p99 ${pct(99)} ms.

${table(['check', 'result', ''], Object.entries(checks).map(([name, [value, pass]]) => [name, `${value}`, pass ? '✓' : '✗']))}
`
  return { md, problems: failed }
}

await runAlone(import.meta.url, run, { benchTown: false })
