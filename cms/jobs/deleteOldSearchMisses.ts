import type { TaskConfig } from 'payload'
import { deleteOldMisses } from '../directory/searchMisses'
import { REMINDER_QUEUE } from './remindStaleEntries'

/** Searches without results are kept 13 months: every night the older rows go (in the queue the runner checks every ten minutes). */
export function deleteOldSearchMissesTask(): TaskConfig {
  return {
    slug: 'deleteOldSearchMisses',
    retries: 2,
    schedule: [{ cron: '0 30 3 * * *', queue: REMINDER_QUEUE }],
    outputSchema: [{ name: 'deleted', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { deleted: await deleteOldMisses(req.payload) } }),
  }
}
