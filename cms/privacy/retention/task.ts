import type { TaskConfig } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { REMINDER_QUEUE } from '@cms/jobs/remindStaleEntries'
import { applyRetention } from './apply'
import type { RetentionKind } from './types'

/**
 * The one deletion job of personal data: every night at 03:30 (in the queue the runner checks
 * every ten minutes), each kind of the registry deletes what its period lets go.
 */
export function applyRetentionTask(slugs: PortalSlugs, kinds: RetentionKind[]): TaskConfig {
  return {
    slug: 'applyRetention',
    retries: 2,
    schedule: [{ cron: '0 30 3 * * *', queue: REMINDER_QUEUE }],
    outputSchema: [{ name: 'deleted', type: 'json', required: true }],
    handler: async ({ req }) => ({ output: { deleted: await applyRetention(req.payload, slugs, kinds) } }),
  }
}
