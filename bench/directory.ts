/**
 * Directory search latency on SQLite with generated services (1k, 10k, 100k by default).
 * Run: npm run bench:directory [-- 1000 10000]. Prints p50/p95 per query and overall.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { spawnSync } from 'node:child_process'

// Each size runs in its own process: the Payload config reads DATABASE_URI once, at import.
const one = process.argv[2] === '--one'
const sizes = process.argv.slice(one ? 3 : 2).map(Number).filter(Boolean)
const SIZES = sizes.length ? sizes : [1000, 10000, 100000]
const ITERATIONS = 40

const WORDS = ['Beratung', 'Sprachkurs', 'Wohnung', 'Arbeit', 'Familie', 'Gesundheit', 'Schule', 'Frauen', 'Jugend', 'Café', 'Hilfe', 'Recht', 'Anerkennung', 'Ausbildung', 'Begegnung']
const LANGS = ['de', 'en', 'ar', 'fa', 'prs', 'uk', 'ru', 'tr', 'ti', 'so', 'fr', 'ro', 'pl', 'ku']
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']

function rng(seed: number) {
  let s = seed
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296)
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number

async function run(size: number) {
  // BENCH_DB=/path/file.db keeps the generated database (and reuses it when it exists).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  const keep = process.env.BENCH_DB ? `${process.env.BENCH_DB}.${size}` : null
  const reuse = keep !== null && fs.existsSync(keep)
  process.env.DATABASE_URI = `file:${keep ?? path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET = 'bench'
  const { default: config } = await import('../cms/payload.config')
  const { getPayload } = await import('payload')
  const { searchServices } = await import('../cms/directory/searchServices')
  const { parseDirectoryParams } = await import('../shared/directoryParams')
  const { buildSearchText } = await import('../shared/search')
  const payload = await getPayload({ config, key: `bench-${size}` } as never)
  const random = rng(size)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T
  const now = new Date().toISOString()
  const insert = (collection: 'municipalities' | 'topics' | 'districts' | 'organizations' | 'locations' | 'services', data: Record<string, unknown>) =>
    payload.db.create({ collection, data: { ...data, createdAt: now, updatedAt: now } }).then((d) => String(d.id))

  const started = performance.now()
  const existing = reuse ? await payload.find({ collection: 'municipalities', limit: 1, depth: 0, overrideAccess: true }) : null
  const town = existing?.docs[0] ? String(existing.docs[0].id) : await insert('municipalities', { name: 'Benchstadt', slug: 'benchstadt', defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' })
  if (!reuse) await generate()
  async function generate() {
  const topics = await Promise.all(['sprache', 'arbeit', 'wohnen', 'gesundheit', 'familie', 'beratung'].map((slug, order) => insert('topics', { municipality: town, slug, order, name: { de: slug } })))
  const districts = await Promise.all(['nord', 'sued', 'west', 'ost', 'mitte'].map((slug, order) => insert('districts', { municipality: town, slug, order, name: { de: slug } })))
  const orgs: string[] = []
  for (let i = 0; i < Math.max(20, size / 50); i++) orgs.push(await insert('organizations', { municipality: town, name: `Träger ${i}`, slug: `traeger-${i}`, kind: 'counselling', _status: 'published' }))
  const locations: string[] = []
  for (let i = 0; i < Math.max(30, size / 4); i++) {
    const slots = DAYS.filter(() => random() < 0.5).map((day, k) => ({ id: `${i}${k}${day}`.padEnd(24, '0').slice(0, 24), day, opens: '09:00', closes: random() < 0.5 ? '12:00' : '17:00' }))
    locations.push(
      await insert('locations', {
        municipality: town,
        organization: pick(orgs),
        name: `Standort ${i}`,
        address: { street: `Straße ${i}`, postalCode: '99817', city: 'Benchstadt' },
        latitude: 50.9 + random() * 0.15,
        longitude: 10.25 + random() * 0.15,
        district: pick(districts),
        hours: { slots },
        _status: 'published',
      }),
    )
  }
  for (let i = 0; i < size; i++) {
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`
    await insert('services', {
      municipality: town,
      organization: pick(orgs),
      slug: `angebot-${i}`,
      kind: 'counselling',
      title: { de: title, en: `Service ${i}` },
      summary: { de: `${pick(WORDS)} und ${pick(WORDS)} für alle.` },
      topics: [pick(topics)],
      languages: [...new Set([pick(LANGS), pick(LANGS), 'de'])],
      cost: { type: random() < 0.7 ? 'free' : 'fee', amount: 5 },
      locations: [{ id: `${i}`.padStart(24, 'a'), location: pick(locations) }],
      status: 'active',
      _status: 'published',
      lastVerifiedAt: now,
      searchText: buildSearchText([title, `Service ${i}`]),
    })
  }
  }
  const seedSeconds = (performance.now() - started) / 1000

  const queries: Record<string, Record<string, string>> = {
    'all (page 1)': {},
    'search one word': { q: 'sprachkurs' },
    'search two words': { q: 'wohnung beratung' },
    'topic + language': { topic: 'sprache', language: 'ar' },
    'district + free': { district: 'nord', cost: 'free' },
    'search + topic + language + free': { q: 'hilfe', topic: 'beratung', language: 'uk', cost: 'free' },
    'page 5': { page: '5' },
    'open now': { open: 'now' },
    'near me': { near: '50.97,10.32' },
  }
  const rows: string[] = []
  const all: number[] = []
  const indexed: number[] = []
  for (const [name, query] of Object.entries(queries)) {
    const filters = parseDirectoryParams(query)
    const times: number[] = []
    let total = 0
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now()
      const res = await searchServices(payload, filters, { townID: town, timeZone: 'Europe/Berlin', now: new Date('2026-11-23T10:00:00Z') })
      times.push(performance.now() - t0)
      total = res.total
    }
    times.sort((a, b) => a - b)
    const warm = times.slice(0, times.length)
    all.push(...warm)
    if (!query.open && !query.near) indexed.push(...warm)
    rows.push(`| ${size} | ${name} | ${total} | ${percentile(warm, 50).toFixed(1)} | ${percentile(warm, 95).toFixed(1)} |`)
  }
  all.sort((a, b) => a - b)
  indexed.sort((a, b) => a - b)
  rows.push(`| ${size} | **search + filters (no open/near)** | | **${percentile(indexed, 50).toFixed(1)}** | **${percentile(indexed, 95).toFixed(1)}** |`)
  rows.push(`| ${size} | **all queries** | | **${percentile(all, 50).toFixed(1)}** | **${percentile(all, 95).toFixed(1)}** |`)
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
  return { rows, seedSeconds }
}

if (one) {
  const { rows, seedSeconds } = await run(SIZES[0] as number)
  for (const row of rows) console.log(row)
  console.error(`(generated ${SIZES[0]} services in ${seedSeconds.toFixed(0)} s)`)
  process.exit(0)
}
console.log(`Directory search on SQLite, ${ITERATIONS} runs per query (ms, server-side, Local API as the public)\n`)
console.log('| services | query | results | p50 ms | p95 ms |')
console.log('|---|---|---|---|---|')
for (const size of SIZES) {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--one', String(size)], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  })
  for (const line of child.stdout.split('\n')) if (line.startsWith('|')) console.log(line)
  const generated = child.stderr.split('\n').find((l) => l.startsWith('(generated'))
  console.log(generated ?? `(size ${size} failed: ${child.stderr.split('\n').slice(-5).join(' ')})`)
}
