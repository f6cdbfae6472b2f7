/**
 * Adds the generated town `benchstadt` (size services, default 10,000) to the database named
 * by DATABASE_URI, for the HTTP benches' uncached directory queries. Run by bench/lib/portal.mjs.
 */
import { benchTown } from './directoryData'

const size = Number(process.argv[2] ?? 10000)
const { default: config } = await import('@cms/payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
await benchTown(payload, size)
// The running portal learns of the new town (its response cache) before this process ends.
const { flushChanges } = await import('@cms/cache/bus')
await flushChanges()
process.exit(0)
