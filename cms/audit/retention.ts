import type { Payload } from 'payload'
import { auditRetentionStart, parseRetentionMonths } from '@shared/auditLog'
import { AUDIT_LOG_SLUG } from './slug'

/** How long entries are kept: AUDIT_RETENTION_MONTHS, 12 by default (read each time: tests change it). */
export const auditRetentionMonths = (): number => parseRetentionMonths(process.env.AUDIT_RETENTION_MONTHS)

/**
 * Deletes the entries older than the retention period before `now` and says how many. The only
 * way entries are ever deleted (the API refuses everyone); the data-protection retention
 * (cms/privacy/, its one nightly job) calls it.
 */
export async function deleteExpiredAuditEntries(payload: Payload, now: Date = new Date()): Promise<number> {
  const where = { at: { less_than: auditRetentionStart(now, auditRetentionMonths()).toISOString() } }
  const { totalDocs } = await payload.count({ collection: AUDIT_LOG_SLUG, where, overrideAccess: true })
  if (totalDocs) await payload.db.deleteMany({ collection: AUDIT_LOG_SLUG, where })
  return totalDocs
}
