import type { Payload, TaskConfig } from 'payload'
import { auditRetentionStart, parseRetentionMonths } from '@shared/auditLog'
import { REMINDER_QUEUE } from '@cms/jobs/remindStaleEntries'
import { AUDIT_LOG_SLUG } from './slug'

/** How long entries are kept: AUDIT_RETENTION_MONTHS, 12 by default (read each time: tests change it). */
export const auditRetentionMonths = (): number => parseRetentionMonths(process.env.AUDIT_RETENTION_MONTHS)

/**
 * Deletes the entries older than the retention period before `now` and says how many. The only
 * way entries are ever deleted (the API refuses everyone); the data-protection retention
 * (cms/privacy/) and the nightly job below call it.
 */
export async function deleteExpiredAuditEntries(payload: Payload, now: Date = new Date()): Promise<number> {
  const where = { at: { less_than: auditRetentionStart(now, auditRetentionMonths()).toISOString() } }
  const { totalDocs } = await payload.count({ collection: AUDIT_LOG_SLUG, where, overrideAccess: true })
  if (totalDocs) await payload.db.deleteMany({ collection: AUDIT_LOG_SLUG, where })
  return totalDocs
}

/** Every night the expired entries go (in the queue the runner checks every ten minutes). */
export function deleteExpiredAuditEntriesTask(): TaskConfig {
  return {
    slug: 'deleteExpiredAuditEntries',
    retries: 2,
    schedule: [{ cron: '0 40 3 * * *', queue: REMINDER_QUEUE }],
    outputSchema: [{ name: 'deleted', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { deleted: await deleteExpiredAuditEntries(req.payload) } }),
  }
}
