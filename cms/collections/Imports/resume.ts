import type { Payload, TaskConfig } from 'payload'
import { BUSY_STATUSES } from './fields'
import { IMPORT_QUEUE, IMPORT_TASK, STALE_RUN_MS } from './start'
import type { StoredImportSlugs } from './runStored'

export const RESUME_TASK = 'resumeDirectoryImports' as const

/**
 * Checks and imports whose server died (killed, restarted, a power cut) are queued again: a check
 * starts over, an import goes on after its last finished batch (cms/import/durable.ts). Nobody has
 * to do anything; the panel shows the run going on.
 */
export async function resumeStaleImports(payload: Payload, slugs: StoredImportSlugs): Promise<number> {
  const stale = new Date(Date.now() - STALE_RUN_MS).toISOString()
  const { docs } = await payload.find({
    collection: slugs.imports,
    where: { and: [{ status: { in: [...BUSY_STATUSES] } }, { or: [{ heartbeatAt: { less_than: stale } }, { heartbeatAt: { exists: false } }] }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of docs) {
    // Alive again: not queued twice by the next look.
    await payload.update({ collection: slugs.imports, id: doc.id, data: { heartbeatAt: new Date().toISOString() }, depth: 0, overrideAccess: true, context: { importProgress: true } })
    await payload.jobs.queue({ task: IMPORT_TASK, input: { importID: String(doc.id) }, queue: IMPORT_QUEUE, overrideAccess: true })
  }
  return docs.length
}

/** Looks every minute (the imports queue's runner then runs what it queued). */
export function resumeImportsTask(slugs: StoredImportSlugs): TaskConfig<typeof RESUME_TASK> {
  return {
    slug: RESUME_TASK,
    retries: 0,
    schedule: [{ cron: '0 * * * * *', queue: IMPORT_QUEUE }],
    outputSchema: [{ name: 'resumed', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { resumed: await resumeStaleImports(req.payload, slugs) } }),
  }
}
