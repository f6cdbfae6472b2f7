/**
 * Server time of the plan pages with a large plan: 300 measures in 9 fields, 50 indicators
 * with 10 years × (town + 10 districts) values. Generates a throw-away SQLite database, starts
 * the built app on it (`npm run build` first) and times requests from this machine.
 * Run: npm run bench:plan. Prints p50/p95 per page and writes bench/results/plan.md.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const MEASURES = 300
const INDICATORS = 50
const YEARS = 10
const DISTRICTS = 10
const REQUESTS = 60
const PORT = 3313

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
const STATUSES = ['planned', 'started', 'ongoing', 'completed', 'paused', 'dropped']

async function generate(dbFile: string) {
  process.env.DATABASE_URI = `file:${dbFile}`
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  // Migrations rather than schema push: the production server opens the same file afterwards.
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  const { default: config } = await import('@cms/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const now = new Date().toISOString()
  const insert = (collection: string, data: Record<string, unknown>) =>
    payload.db.create({ collection: collection as 'municipalities', data: { ...data, createdAt: now, updatedAt: now } }).then((d) => String(d.id))
  const town = await insert('municipalities', { name: 'Benchstadt', slug: 'benchstadt', defaultLocale: 'de', enabledLocales: ['de', 'en', 'ar'], timeZone: 'Europe/Berlin' })
  const districts: string[] = []
  for (let d = 0; d < DISTRICTS; d++) districts.push(await insert('districts', { municipality: town, slug: `bezirk-${d}`, order: d, name: { de: `Bezirk ${d}` } }))
  const fields: string[] = []
  for (let f = 0; f < 9; f++) fields.push(await insert('action-fields', { municipality: town, slug: `feld-${f}`, order: f, icon: 'book', title: { de: `Handlungsfeld ${f}`, en: `Field ${f}` }, description: { de: 'Beschreibung' } }))
  let row = 0
  const id = () => String(++row).padStart(24, '0')
  const indicators: string[] = []
  for (let i = 0; i < INDICATORS; i++) {
    const values = []
    for (let y = 0; y < YEARS; y++) {
      values.push({ id: id(), year: 2017 + y, value: 50 + ((i * 7 + y * 3) % 40) })
      for (const district of districts) values.push({ id: id(), year: 2017 + y, value: 40 + ((i + y) % 50), district })
    }
    indicators.push(await insert('indicators', { municipality: town, slug: `kennzahl-${i}`, name: { de: `Kennzahl ${i}` }, unit: { de: '%' }, direction: 'higher-is-better', target: { year: 2030, value: 90 }, values }))
  }
  for (let m = 0; m < MEASURES; m++) {
    const status = STATUSES[m % STATUSES.length] as string
    await insert('measures', {
      municipality: town,
      slug: `massnahme-${m}`,
      title: { de: `Maßnahme ${m}`, en: `Measure ${m}` },
      actionField: fields[m % fields.length],
      status,
      progress: status === 'completed' ? 100 : (m * 13) % 100,
      weight: 1,
      statusHistory: [{ id: id(), date: now, status }],
      period: { start: '2020-01-01T12:00:00.000Z' },
      indicators: [indicators[m % indicators.length]],
    })
  }
  await payload.destroy?.()
}

async function time(url: string): Promise<{ cold: number; times: number[] }> {
  const c0 = performance.now()
  await (await fetch(url)).text()
  const cold = performance.now() - c0
  for (let i = 0; i < 4; i++) await (await fetch(url)).text()
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now()
    const res = await fetch(url)
    await res.text()
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
    times.push(performance.now() - t0)
  }
  return { cold, times: times.sort((a, b) => a - b) }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-plan-'))
  const dbFile = path.join(dir, 'plan.db')
  const t0 = performance.now()
  await generate(dbFile)
  console.log(`generated ${MEASURES} measures, ${INDICATORS} indicators × ${YEARS} years × ${DISTRICTS + 1} series in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const { startServer } = await import('../scripts/lib.mjs')
  const server = await startServer({ port: PORT, env: { DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: randomBytes(32).toString('hex'), DEMO: 'true' }, quiet: true })
  const base = `http://127.0.0.1:${PORT}/de/benchstadt/plan`
  const pages = { 'floor: imprint page (no plan data)': `http://127.0.0.1:${PORT}/de/benchstadt/imprint`, 'plan (all fields)': base, 'action field (33 measures)': `${base}/feld-0`, 'indicator (110 values, 3 charts)': `${base}/indicators/kennzahl-0`, 'measure': `${base}/measures/massnahme-1` }
  const lines = ['| page | first request | p50 | p95 |', '|---|---|---|---|']
  // The header too, for npm run bench, which collects the table from this output.
  for (const line of lines) console.log(line)
  try {
    for (const [name, url] of Object.entries(pages)) {
      const { cold, times } = await time(url)
      const line = `| ${name} | ${cold.toFixed(0)} ms | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms |`
      console.log(line)
      lines.push(line)
    }
  } finally {
    server.child.kill('SIGTERM')
  }
  const report = `# Plan pages, server time\n\n${MEASURES} measures, ${INDICATORS} indicators × ${YEARS} years × (town + ${DISTRICTS} districts), SQLite, \`next start\`, first request (cold caches), then ${REQUESTS} sequential requests after warm-up; the plan data is cached in memory per town for up to 60 s and dropped on every plan save, measured on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}).\n\n${lines.join('\n')}\n`
  fs.writeFileSync(path.join(import.meta.dirname, 'results/plan.md'), report)
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
