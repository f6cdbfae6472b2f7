import type { TaskConfig } from 'payload'
import type { ImportFiles } from './files'
import { runStoredImport, type StoredImportSlugs } from './runStored'
import { IMPORT_TASK } from './start'

/**
 * The job that runs a check or an import: queued by the panel's start endpoint and run at
 * once on the same server (see endpoints.ts); the queue's cron picks up what a restart left.
 * Not retried: a failed import reports its reason, and re-running is the person's decision.
 */
export function runDirectoryImportTask(slugs: StoredImportSlugs, files: ImportFiles): TaskConfig<typeof IMPORT_TASK> {
  return {
    slug: IMPORT_TASK,
    retries: 0,
    inputSchema: [{ name: 'importID', type: 'text', required: true }],
    handler: async ({ input, req }) => {
      await runStoredImport(req.payload, slugs, files, String(input.importID))
      return { output: {} }
    },
  }
}
