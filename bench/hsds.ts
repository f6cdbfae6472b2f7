/**
 * HSDS API latency at 10,000 services (or the size given): the town's `/api/hsds/{town}/…`
 * answered by Payload's real REST handler (as over HTTP, without the network), as the public.
 * Run: npm run bench:hsds [-- 10000] [--write] (--write updates bench/results/hsds.md).
 * BENCH_DB=/path/file.db keeps the generated database and reuses it.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { benchTown, BENCH_TOWN, percentile } from './lib/directoryData'
import { writeResults } from './lib/results'

const size = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10000)
const write = process.argv.includes('--write')
const ITERATIONS = 40

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-hsds-'))
process.env.DATABASE_URI = `file:${process.env.BENCH_DB ? `${process.env.BENCH_DB}.${size}` : path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
const { default: config } = await import('@cms/payload.config')
const { getPayload } = await import('payload')
const { restClient } = await import('../tests/integration/helpers/rest')
const payload = await getPayload({ config })
const started = performance.now()
await benchTown(payload, size)
console.error(`(${size} services ready in ${((performance.now() - started) / 1000).toFixed(0)} s)`)
const api = await restClient(payload.config)

const base = `/hsds/${BENCH_TOWN}`
const get = async <T>(url: string) => {
  const res = await api.request<T>('GET', url)
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
  return res.body
}
type Page = { total_items: number; contents: { id: string; name?: string }[] }
const term = (await get<Page>(`${base}/taxonomy_terms?per_page=100`)).contents.find((t) => t.name === 'sprache') ?? (await get<Page>(`${base}/taxonomy_terms`)).contents[0]
const org = (await get<Page>(`${base}/organizations`)).contents[0]
const service = (await get<Page>(`${base}/services?page=3`)).contents[0]

const queries: Record<string, string> = {
  '/services (page 1, 50)': `${base}/services`,
  '/services?per_page=100': `${base}/services?per_page=100`,
  '/services?page=150': `${base}/services?page=150`,
  '/services?search=sprachkurs': `${base}/services?search=sprachkurs`,
  '/services?taxonomy_term_id=…': `${base}/services?taxonomy_term_id=${term?.id}`,
  '/services?organization_id=…': `${base}/services?organization_id=${org?.id}`,
  '/services?modified_after=…': `${base}/services?modified_after=2020-01-01T00:00:00Z`,
  '/services/{id}': `${base}/services/${service?.id}`,
  '/organizations': `${base}/organizations`,
  '/taxonomy_terms': `${base}/taxonomy_terms`,
}

const rows: string[] = []
for (const [name, url] of Object.entries(queries)) {
  const times: number[] = []
  let total = 0
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now()
    const body = await get<Page>(url)
    times.push(performance.now() - t0)
    total = body.total_items ?? 1
  }
  times.sort((a, b) => a - b)
  rows.push(`| ${size} | \`${name}\` | ${total} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`)
}
const table = ['| services | request | results | p50 ms | p95 ms |', '|---|---|---|---|---|', ...rows].join('\n')
console.log(`HSDS API on SQLite, ${ITERATIONS} requests each, as the public (ms, server-side)\n\n${table}`)
if (write) writeResults('hsds.md', table)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
