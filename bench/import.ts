/**
 * Import throughput and memory: generates a town's list of N services (default 10,000) as
 * CSV and XLSX, imports it into a throw-away SQLite database and prints rows/s, CPU time and
 * peak RSS for: reading alone, the dry run, the first import (everything new), the second
 * import (everything unchanged) and a dry run of the XLSX file.
 * Run: npm run bench:import [-- 10000] [--write] (--write updates bench/results/import.md).
 * The CPU seconds are this process's: on a machine shared with other work they change less
 * than the wall-clock seconds (the load average before and after is printed with them).
 * BENCH_TMP=/dev/shm puts the database on tmpfs (to see what the disk costs).
 * IMPORT_WRITES=each writes new documents one by one through the Local API (the way before the
 * bulk writes, and MongoDB's) instead of a batch's together (cms/import/bulkCreate.ts).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { toGermanCsv, writeXlsx } from '../tests/fixtures/import/make-examples'
import { generate, HEADERS, setUpTown } from '../tests/fixtures/import/generatedList'
import { writeResults } from './lib/results'

const size = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10000)
const write = process.argv.includes('--write')

interface Measured {
  seconds: number
  cpuSeconds: number
  peakRss: number
}

/** Wall-clock and CPU time of `work`, and peak resident memory while it runs, sampled every 20 ms. */
async function measure<T>(work: () => Promise<T>): Promise<Measured & { result: T }> {
  let peakRss = process.memoryUsage().rss
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const cpu = process.cpuUsage()
  try {
    const result = await work()
    const used = process.cpuUsage(cpu)
    return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakRss: Math.max(peakRss, process.memoryUsage().rss) }
  } finally {
    clearInterval(timer)
  }
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ')

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

async function main() {
  const dir = fs.mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'portal-bench-import-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  const rows = generate(size)
  const csv = path.join(dir, 'liste.csv')
  const xlsx = path.join(dir, 'liste.xlsx')
  fs.writeFileSync(csv, toGermanCsv(HEADERS, rows))
  await writeXlsx(xlsx, HEADERS, rows)
  rows.length = 0

  const { default: config } = await import('@cms/payload.config')
  const { getPayload } = await import('payload')
  const { countRows, detectMapping, openSpreadsheet, planImport, runImport } = await import('@cms/import')
  const payload = await getPayload({ config })
  await setUpTown(payload)
  const baseline = process.memoryUsage().rss

  const results: string[] = []
  const report = (label: string, m: Measured, note = '') => {
    const line = `| ${label} | ${size} | ${m.seconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${Math.round(size / m.seconds)} | ${mb(m.peakRss)} | ${note} |`
    results.push(line)
    console.log(line)
  }
  const loadBefore = load()
  const HEADER = '| step | rows | seconds | CPU seconds | rows/s | peak RSS | result |\n|---|---|---|---|---|---|---|'
  const writes = process.env.IMPORT_WRITES === 'each' ? 'one by one through the Local API (IMPORT_WRITES=each)' : 'in bulk'
  console.log(`Import of ${size} rows on SQLite, new documents ${writes} (baseline RSS after start: ${mb(baseline)}; load average ${loadBefore})\n`)
  console.log(HEADER)

  for (const [label, file] of [['read CSV only', csv], ['read XLSX only', xlsx]] as const) {
    report(label, await measure(async () => countRows(await openSpreadsheet(file))))
  }
  const sheet = await openSpreadsheet(csv)
  const mapping = detectMapping(sheet.headers).mapping
  const options = { payload, town: 'eisenach', keepRows: false }
  const summaryOf = (s: { create: number; update: number; unchanged: number; skip: number }) => `${s.create} new, ${s.update} updated, ${s.unchanged} unchanged, ${s.skip} skipped`
  const dry = await measure(() => planImport(sheet.rows(), mapping, options))
  report('dry run (CSV)', dry, summaryOf(dry.result.summary))
  const first = await measure(() => runImport(sheet.rows(), mapping, options))
  report('import (CSV, all new)', first, summaryOf(first.result.summary))
  const second = await measure(() => runImport(sheet.rows(), mapping, options))
  report('import again (CSV, nothing changed)', second, summaryOf(second.result.summary))
  const xsheet = await openSpreadsheet(xlsx)
  const xdry = await measure(() => planImport(xsheet.rows(), detectMapping(xsheet.headers).mapping, options))
  report('dry run (XLSX, after import)', xdry, summaryOf(xdry.result.summary))
  const docs = first.result.summary.documents
  const written = `${docs.organizations.create} organisations, ${docs.locations.create} locations, ${docs.services.create} services`
  const loads = `load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`
  console.log(`\nWritten by the first import: ${written}; ${loads}.`)

  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
  if (write) {
    writeResults('import.md', `${HEADER}\n${results.join('\n')}\n\nNew documents written ${writes}. Baseline RSS after start: ${mb(baseline)}. Written by the first import: ${written}; ${loads}.`)
  }
  process.exit(0)
}

await main()
