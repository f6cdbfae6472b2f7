#!/usr/bin/env node
// Load while writing: 200 readers (autocannon) on portal pages for 60 s while an editor
// publishes a news item through REST every second (a counter in its German title). Passes
// when no reader saw an error or a non-2xx answer, every write was answered 200 with the
// title it sent, the stored title is the last one written, and the portal shows it.
// Usage: node bench/load-while-writing.mjs [--seconds 60] (BENCH_URL=… uses a running server).
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { runAlone, table, TOWN } from './lib/portal.mjs'

const READERS = 200
const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 60
const EDITOR = { email: 'editor@eisenach.example.org', password: process.env.DEMO_PASSWORD || 'demo-portal-2026' }

async function api(base, method, path, token, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export async function run(base) {
  const login = await api(base, 'POST', '/api/users/login', null, EDITOR)
  if (login.status !== 200) throw new Error(`editor login: ${login.status}`)
  const token = login.body.token
  const found = await api(base, 'GET', '/api/news?limit=1&depth=0&locale=de&where[_status][equals]=published&sort=-publishedAt', token)
  const item = found.body?.docs?.[0]
  if (!item) throw new Error('no published news item to edit')
  const original = item.title.replace(/ · \d+$/, '')
  const articlePath = `/de/${TOWN}/news/${item.slug}`

  const readers = autocannon({
    url: base,
    connections: READERS,
    duration: SECONDS,
    // A reader's timeout: slower than this counts as an error.
    timeout: 20,
    requests: [{ path: articlePath }, { path: `/de/${TOWN}/news` }, { path: `/de/${TOWN}` }, { path: `/ar/${TOWN}/news` }],
  })

  // The editor: one publish a second, each waiting for the previous answer (as in the admin).
  const writes = []
  const end = Date.now() + SECONDS * 1000
  for (let n = 1; Date.now() < end - 1000; n++) {
    const due = Date.now() + 1000
    const title = `${original} · ${n}`
    const t0 = performance.now()
    const res = await api(base, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title, slug: item.slug, _status: 'published' })
    writes.push({ title, status: res.status, ms: performance.now() - t0, echoed: res.body?.doc?.title === title })
    await sleep(Math.max(0, due - Date.now()))
  }
  const read = await readers

  const last = writes.at(-1)?.title
  const stored = (await api(base, 'GET', `/api/news/${item.id}?locale=de&depth=0`, token)).body?.title
  // The portal renders per request; behind the nginx cache this takes up to the page's s-maxage.
  let shownAfter = null
  const t0 = Date.now()
  while (Date.now() - t0 < 10000) {
    if ((await (await fetch(base + articlePath)).text()).includes(last)) {
      shownAfter = Date.now() - t0
      break
    }
    await sleep(200)
  }
  // Leave the demo item as it was.
  await api(base, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title: original, slug: item.slug, _status: 'published' })

  const ok = writes.filter((w) => w.status === 200 && w.echoed).length
  const writeMs = writes.map((w) => w.ms).sort((a, b) => a - b)
  const pct = (p) => writeMs[Math.min(writeMs.length - 1, Math.floor((p / 100) * writeMs.length))]?.toFixed(0)
  const checks = {
    'reader errors (incl. timeouts)': [read.errors + read.timeouts, read.errors + read.timeouts === 0],
    'reader non-2xx': [read.non2xx, read.non2xx === 0],
    'writes answered 200 with their title': [`${ok} / ${writes.length}`, ok === writes.length && writes.length > 0],
    'stored title = last write (no lost write)': [stored === last ? 'yes' : `no: "${stored}"`, stored === last],
    'portal shows the last write after': [shownAfter === null ? 'not within 10 s' : `${shownAfter} ms`, shownAfter !== null],
  }
  const failed = Object.values(checks).filter(([, pass]) => !pass).length
  const md = `## Load while writing (${READERS} readers, ${SECONDS} s, one publish a second)

autocannon with ${READERS} connections on four portal pages (the edited article, news in de
and ar, the town's home) against \`next start\` directly, while the demo editor publishes the
article through REST every second (SQLite in WAL mode).
Readers: ${read.requests.total} requests, ${read.requests.average.toFixed(0)} req/s, p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms.
Writes: ${writes.length}, p50 ${pct(50)} ms, p99 ${pct(99)} ms.

${table(['check', 'result', ''], Object.entries(checks).map(([name, [value, pass]]) => [name, `${value}`, pass ? '✓' : '✗']))}
`
  return { md, problems: failed }
}

await runAlone(import.meta.url, run, { benchTown: false })
