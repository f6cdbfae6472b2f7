/**
 * What one save of a service costs (texts in eight languages, every hook of the collection),
 * through the Local API on a throw-away SQLite database: one save after the other, then eight at
 * once (they take turns for SQLite's one writer: none may fail). Run: npm run bench:save [saves]
 * [--write] (--write updates bench/results/service-save.md).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createLocalizedService, textsOf } from '../tests/fixtures/localizedService'
import { writeResults } from './lib/results'

const SAVES = Math.max(10, Number(process.argv.find((a) => /^\d+$/.test(a))) || 40)
const PARALLEL = 8

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-save-bench-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
const { default: config } = await import('@cms/payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const id = await createLocalizedService(payload)

const save = async (n: number) => {
  const started = performance.now()
  await payload.update({ collection: 'services', id, locale: 'de', overrideAccess: true, data: textsOf('de', n), context: { disableRevalidate: true } })
  return performance.now() - started
}
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] as number

// Warm-up: the first saves compile statements and fill caches.
for (let n = 1; n <= 5; n++) await save(n)
const sequential: number[] = []
for (let n = 0; n < SAVES; n++) sequential.push(await save(100 + n))

const startedAll = performance.now()
const results = await Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) => save(1000 + i)))
const parallelMs = performance.now() - startedAll
const failed = results.filter((r) => r.status === 'rejected')

const median = quantile(sequential, 0.5)
const p90 = quantile(sequential, 0.9)
const line = `service save: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms (${SAVES} saves one after the other); ${PARALLEL} at once: ${parallelMs.toFixed(0)} ms in all, ${failed.length} failed`
console.log(line)
for (const f of failed) console.log(f.status === 'rejected' ? String(f.reason) : '')
if (process.argv.includes('--write')) {
  writeResults(
    'service-save.md',
    `| measured | load average | saves | median | p90 | ${PARALLEL} at once (total) | failed |\n|---|---|---|---|---|---|---|\n| ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores | ${os.loadavg()[0]?.toFixed(1)} | ${SAVES} | ${median.toFixed(1)} ms | ${p90.toFixed(1)} ms | ${parallelMs.toFixed(0)} ms | ${failed.length} |`,
  )
}
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(failed.length ? 1 : 0)
