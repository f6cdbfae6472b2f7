#!/usr/bin/env node
// How soon a publish is visible: two app instances (`npm start`) on one SQLite database and
// one private Redis, as in a scaled deployment. Both have the edited article and the news list
// in their response caches (HIT); the demo editor publishes a new title through REST on
// instance A; the bench then asks A and B every 20 ms until each shows it. The time runs from
// the write's answer. Five publishes; median and worst. Targets: A ≤ 1 s, B ≤ 2 s.
// Usage: node bench/publish-visible.mjs   (writes bench/results/publish-visible.md)
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildIfNeeded, freePort, root, startRedis, startServer } from '../scripts/lib.mjs'
import { get, machine, table, TOWN } from './lib/portal.mjs'
import { api, EDITOR, sleep } from './lib/rest.mjs'

const PUBLISHES = 5
const LIMIT_MS = 10000

/** Milliseconds from `since` until `url` shows `text` (null after LIMIT_MS). */
async function visibleAfter(url, text, since) {
  while (performance.now() - since < LIMIT_MS) {
    if ((await (await get(url)).text()).includes(text)) return performance.now() - since
    await sleep(20)
  }
  return null
}

/** Asks until the page comes from the cache, so a publish has something to drop. */
async function warm(url) {
  for (let i = 0; i < 20; i++) {
    if ((await get(url)).headers.get('x-portal-cache') === 'HIT') return true
  }
  return false
}

export async function run() {
  const redis = await startRedis()
  if (!redis) return { md: '## Publish visible\n\n(redis-server not installed: `apt-get install -y redis-server`.)\n', problems: 0 }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-publish-'))
  const shared = { DATABASE_URI: `file:${path.join(dir, 'portal.db')}`, MEDIA_DIR: path.join(dir, 'media'), REDIS_URL: redis.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), DEMO: 'true' }
  const servers = []
  try {
    await buildIfNeeded({ ...process.env, ...shared })
    const [portA, portB] = [await freePort(), await freePort()]
    servers.push(await startServer({ port: portA, env: { ...shared, SEED_DEMO: 'true' }, quiet: true }))
    servers.push(await startServer({ port: portB, env: { ...shared, JOBS_AUTORUN: 'false' }, quiet: true }))
    const [a, b] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`]
    const login = await api(a, 'POST', '/api/users/login', null, EDITOR)
    if (login.status !== 200) throw new Error(`editor login: ${login.status}`)
    const token = login.body.token
    const found = await api(a, 'GET', '/api/news?limit=1&depth=0&locale=de&where[_status][equals]=published&sort=-publishedAt', token)
    const item = found.body?.docs?.[0]
    if (!item) throw new Error('no published news item to edit')
    const pages = [`/de/${TOWN}/news/${item.slug}`, `/de/${TOWN}/news`]
    const times = { a: [], b: [], write: [] }
    for (let n = 1; n <= PUBLISHES; n++) {
      for (const base of [a, b]) for (const page of pages) if (!(await warm(base + page))) throw new Error(`${base}${page} never came from the cache`)
      const title = `${item.title} · ${randomBytes(4).toString('hex')}`
      const t0 = performance.now()
      const res = await api(a, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title, slug: item.slug, _status: 'published' })
      if (res.status !== 200) throw new Error(`publish: ${res.status}`)
      const answered = performance.now()
      times.write.push(answered - t0)
      // Both lists and the article itself must show it; the slower page counts.
      const shown = async (base) => {
        const each = await Promise.all(pages.map((page) => visibleAfter(base + page, title, answered)))
        return each.includes(null) ? null : Math.max(...each)
      }
      const [onA, onB] = await Promise.all([shown(a), shown(b)])
      times.a.push(onA)
      times.b.push(onB)
    }
    await api(a, 'PATCH', `/api/news/${item.id}?locale=de&depth=0`, token, { title: item.title, slug: item.slug, _status: 'published' })
    const stat = (list) => {
      if (list.includes(null)) return { text: `not within ${LIMIT_MS / 1000} s`, worst: Infinity }
      const sorted = [...list].sort((x, y) => x - y)
      return { text: `${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (worst ${sorted.at(-1).toFixed(0)} ms)`, worst: sorted.at(-1) }
    }
    const rows = [
      ['the write through REST on A (answer)', stat(times.write).text, '–', ''],
      ['visible on A (the instance written to)', stat(times.a).text, '≤ 1 s', stat(times.a).worst <= 1000 ? '✓' : '✗'],
      ['visible on B (second instance, Redis)', stat(times.b).text, '≤ 2 s', stat(times.b).worst <= 2000 ? '✓' : '✗'],
    ]
    const problems = rows.filter((r) => r[3] === '✗').length
    const md = `## Publish visible (two instances, one Redis)

Two \`npm start\` instances on one SQLite database and one Redis; the article and the news list
warmed in both response caches (HIT); the demo editor publishes a new title through REST on A,
${PUBLISHES} times; A and B are asked every 20 ms from the write's answer until both pages show
it. Median (worst). \`npm run bench:publish\`.

${table(['what', 'median (worst)', 'target', ''], rows)}
`
    return { md, problems }
  } finally {
    for (const server of servers) server.child.kill('SIGTERM')
    redis.child.kill('SIGTERM')
    await sleep(500)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { md, problems } = await run()
  const out = `# A publish, visible\n\n${machine()}\n\n${md}`
  fs.writeFileSync(path.join(root, 'bench/results/publish-visible.md'), out)
  console.log(out)
  if (problems) process.exitCode = 1
}
