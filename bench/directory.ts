/**
 * Directory search latency on SQLite with generated services (1k, 10k, 100k by default).
 * Run: npm run bench:directory [-- 1000 10000]. Prints p50/p95 per query and overall: each
 * the median over BENCH_ROUNDS rounds (default 3) of 40 searches per query. The town's index
 * is built before the first round and its build time reported apart. Besides the time each
 * search took, the CPU time the process spent on it: on a machine busy with other work the
 * first grows with the wait for a core, the second hardly.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { spawnSync } from 'node:child_process'
import { benchTown, percentile } from './lib/directoryData'

// Each size runs in its own process: the Payload config reads DATABASE_URI once, at import.
const one = process.argv[2] === '--one'
const sizes = process.argv.slice(one ? 3 : 2).map(Number).filter(Boolean)
const SIZES = sizes.length ? sizes : [1000, 10000, 100000]
const ITERATIONS = 40
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS) || 3)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function run(size: number) {
  // BENCH_DB=/path/file.db keeps the generated database (and reuses it when it exists).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  const keep = process.env.BENCH_DB ? `${process.env.BENCH_DB}.${size}` : null
  process.env.DATABASE_URI = `file:${keep ?? path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  const { default: config } = await import('@cms/payload.config')
  const { getPayload } = await import('payload')
  const { searchServices } = await import('@cms/directory/searchServices')
  const { townIndex } = await import('@cms/directory/directoryIndex')
  const { TownIndex } = await import('@cms/directory/townIndex')
  const { parseDirectoryParams } = await import('@shared/directoryParams')
  const payload = await getPayload({ config, key: `bench-${size}` })
  const started = performance.now()
  const town = await benchTown(payload, size)
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
    'near me, page 5': { near: '50.97,10.32', page: '5' },
    'open now + near me + language': { open: 'now', near: '50.97,10.32', language: 'ar' },
  }
  // Memory the index holds: heap and RSS before and after its build (after a collection when
  // node runs with --expose-gc, which `npm run bench:directory` passes).
  const collect = () => (globalThis as { gc?: () => void }).gc?.()
  collect()
  const before = process.memoryUsage()
  const buildStarted = performance.now()
  const built = await townIndex(payload, town)
  const buildSeconds = (performance.now() - buildStarted) / 1000
  collect()
  const after = process.memoryUsage()
  // The build is mostly the database read; the in-memory part (entries → slots, bitsets, grid, words) apart:
  const rebuildStarted = performance.now()
  const rebuilt = new TownIndex([...built.services.values()], [...built.locations.values()])
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
  const memory = `in memory ${rebuildSeconds.toFixed(1)} s for ${rebuilt.services.size} services; index heap +${mb(after.heapUsed - before.heapUsed)} MB, RSS +${mb(after.rss - before.rss)} MB (RSS ${mb(after.rss)} MB)`

  // Per round: each query's 40 times, and the pooled times of all queries and of those without open/near.
  type Times = { wall: number[]; cpu: number[] }
  const times = (): Times => ({ wall: [], cpu: [] })
  const sorted = (t: Times): Times => ({ wall: t.wall.sort((a, b) => a - b), cpu: t.cpu.sort((a, b) => a - b) })
  const rounds: { byQuery: Map<string, { total: number; times: Times }>; all: Times; indexed: Times }[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const byQuery = new Map<string, { total: number; times: Times }>()
    const all = times()
    const indexed = times()
    for (const [name, query] of Object.entries(queries)) {
      const filters = parseDirectoryParams(query)
      const these = times()
      let total = 0
      for (let i = 0; i < ITERATIONS; i++) {
        const cpu0 = process.cpuUsage()
        const t0 = performance.now()
        const res = await searchServices(payload, filters, { townID: town, timeZone: 'Europe/Berlin', now: new Date('2026-11-23T10:00:00Z') })
        these.wall.push(performance.now() - t0)
        const cpu = process.cpuUsage(cpu0)
        these.cpu.push((cpu.user + cpu.system) / 1000)
        total = res.total
      }
      for (const pooled of query.open || query.near ? [all] : [all, indexed]) {
        pooled.wall.push(...these.wall)
        pooled.cpu.push(...these.cpu)
      }
      byQuery.set(name, { total, times: sorted(these) })
    }
    rounds.push({ byQuery, all: sorted(all), indexed: sorted(indexed) })
  }
  type Round = (typeof rounds)[number]
  const cells = (pick: (r: Round) => Times) =>
    [50, 95].map((p) => median(rounds.map((r) => percentile(pick(r).wall, p))).toFixed(1)).concat([50, 95].map((p) => median(rounds.map((r) => percentile(pick(r).cpu, p))).toFixed(1)))
  const rows: string[] = []
  for (const name of Object.keys(queries)) {
    const picked = (r: Round) => r.byQuery.get(name)?.times ?? times()
    rows.push(`| ${size} | ${name} | ${rounds[0]?.byQuery.get(name)?.total ?? 0} | ${cells(picked).join(' | ')} |`)
  }
  const bold = (values: string[]) => values.map((v) => `**${v}**`).join(' | ')
  rows.push(`| ${size} | **search + filters (no open/near)** | | ${bold(cells((r) => r.indexed))} |`)
  rows.push(`| ${size} | **all queries** | | ${bold(cells((r) => r.all))} |`)
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
  return { rows, seedSeconds, buildSeconds, memory }
}

if (one) {
  const { rows, seedSeconds, buildSeconds, memory } = await run(SIZES[0] as number)
  for (const row of rows) console.log(row)
  console.error(`(generated ${SIZES[0]} services in ${seedSeconds.toFixed(0)} s; index built in ${buildSeconds.toFixed(1)} s, ${memory}; median of ${ROUNDS} rounds)`)
  process.exit(0)
}
console.log(`Directory search on SQLite, ${ITERATIONS} runs per query, median of ${ROUNDS} rounds (ms, server-side, Local API as the public)\n`)
console.log('| services | query | results | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |')
console.log('|---|---|---|---|---|---|---|')
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
