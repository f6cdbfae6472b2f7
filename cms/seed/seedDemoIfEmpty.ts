import type { Payload } from 'payload'
import { withoutAudit } from '../audit/quiet'

/** Seeds only an empty database, so restarting the demo never duplicates or overwrites content. */
export async function seedDemoIfEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'municipalities', overrideAccess: true })
  if (totalDocs > 0) return false
  payload.logger.info('Empty database: seeding the demo content…')
  // The demo's content (1.3 MB of source) loads only when it is seeded, not with the config.
  const { seedDemo } = await import('./seedDemo')
  // The demo's thousands of writes are nobody's doing: no audit entry for each.
  await withoutAudit(() => seedDemo(payload))
  payload.logger.info('Demo content seeded.')
  return true
}
