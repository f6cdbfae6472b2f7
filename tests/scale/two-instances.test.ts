/**
 * Scale-out demonstration: two app instances (web/server.mjs) (A and B) on one SQLite database and
 * one Redis, started by `node scripts/test.mjs scale`. An editor changes content through A's
 * REST API; B, which has already served (and cached) the old content, must show the change
 * within seconds: the change bus (cms/cache/bus.ts) carries the write's tags through Redis, and
 * B drops its cached answers, plan and directory entries.
 */
import { demoPassword } from '@cms/seed/demoLogins'
import { createClient } from 'redis'

const A = process.env.SCALE_A_URL
const B = process.env.SCALE_B_URL
const REDIS = process.env.SCALE_REDIS_URL
const EDITOR = { email: 'editor@eisenach.example.org', password: demoPassword() }
/** Well below the 60 s after which the caches would refresh on their own. */
const MAX_MS = 10_000

const scaleIt = A && B && REDIS ? it : it.skip
if (!(A && B && REDIS)) console.log('Scale-out test skipped: run it with `node scripts/test.mjs scale` (it starts Redis and two instances).')

async function login(): Promise<string> {
  const res = await fetch(`${A}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(EDITOR) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function text(url: string): Promise<string> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  return res.text()
}

/** Changes a document through A as the editor. */
async function patch(token: string, collection: string, id: string, data: Record<string, unknown>) {
  const res = await fetch(`${A}/api/${collection}/${id}?locale=de&depth=0`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  expect(res.status).toBe(200)
}

/** First of the town's documents, read through A. */
async function first(token: string, collection: string, where: string): Promise<{ id: string; slug: string }> {
  const res = await fetch(`${A}/api/${collection}?limit=1&depth=0&locale=de&${where}`, { headers: { Authorization: `JWT ${token}` } })
  const { docs } = (await res.json()) as { docs: { id: string; slug: string }[] }
  expect(docs.length).toBe(1)
  return docs[0]!
}

/** Polls B until `url` contains `needle`; returns how long that took after the write. */
async function visibleOnB(url: string, needle: string, since: number): Promise<number> {
  while (Date.now() - since < MAX_MS * 3) {
    if ((await text(url)).includes(needle)) return Date.now() - since
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`“${needle}” did not appear on B (${url})`)
}

describe('two app instances, one database, one Redis', () => {
  let token = ''
  beforeAll(async () => {
    if (A) token = await login()
  })

  scaleIt('both instances use the shared Redis: shared state, and a subscription to the change bus', async () => {
    const redis = createClient({ url: REDIS })
    await redis.connect()
    try {
      // Each instance opens its connections at start (instrumentation) or at its first request.
      await Promise.all([text(`${A}/de/eisenach`), text(`${B}/de/eisenach`)])
      const names = String(await redis.sendCommand(['CLIENT', 'LIST'])).match(/ name=(\S+)/g) ?? []
      const count = (name: string) => names.filter((n) => n === ` name=${name}`).length
      expect(count('portal-app')).toBe(2)
      // Each instance hears the other's writes on the change bus (cms/cache/bus.ts).
      expect(count('portal-changes')).toBe(2)
    } finally {
      await redis.quit()
    }
  })

  scaleIt('a measure renamed on A shows in B’s plan within seconds', async () => {
    const measure = await first(token, 'measures', 'where[municipality.slug][equals]=eisenach')
    const csv = `${B}/de/eisenach/plan/measures.csv`
    const title = `Skalierungsprobe ${Date.now()}`
    expect(await text(csv)).not.toContain(title) // B has the plan in its cache now
    const since = Date.now()
    await patch(token, 'measures', measure.id, { title })
    const ms = await visibleOnB(csv, title, since)
    console.log(`plan: published on A, visible on B after ${ms} ms`)
    expect(ms).toBeLessThan(MAX_MS)
  })

  scaleIt('a service published on A is found by B’s directory search within seconds', async () => {
    const service = await first(token, 'services', 'where[municipality.slug][equals]=eisenach&where[_status][equals]=published')
    const word = `zweiinstanzen${Date.now()}`
    const title = `Beratung ${word}`
    const search = `${B}/de/eisenach/services?q=${word}`
    expect(await text(search)).not.toContain(title) // B's index is built and lacks the word
    const since = Date.now()
    await patch(token, 'services', service.id, { title, _status: 'published' })
    const ms = await visibleOnB(search, title, since)
    console.log(`directory: published on A, found on B after ${ms} ms`)
    expect(ms).toBeLessThan(MAX_MS)
  })
})
