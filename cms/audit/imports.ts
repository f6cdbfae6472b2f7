import type { Payload } from 'payload'
import type { ImportSummary } from '@cms/import/types'
import { withoutAudit } from './quiet'
import { auditRow, writeAuditRow, type AuditActor } from './record'

export interface ImportAbout {
  /** The town imported into: its id or slug, as the import takes it. */
  town: string
  /** Who started it (the admin panel); the CLI acts as the system. */
  user?: AuditActor | null
  format: 'spreadsheet' | 'hsds'
  /** The file's name. */
  file?: string
  /** The stored import (the admin panel's `imports` document). */
  importId?: string
}

/**
 * Runs an import as one audit entry (`import`: the file, the town, how many rows and documents)
 * instead of one per document it writes: thousands of rows would bury everything else. A check
 * (dry run) writes nothing and records nothing. The entry is written before this resolves (the
 * CLI ends the process right after); a failure to write it is logged, never the import's.
 */
export async function auditedImport<T extends { summary: ImportSummary }>(payload: Payload, about: ImportAbout, run: () => Promise<T>): Promise<T> {
  const result = await withoutAudit(run)
  const { summary } = result
  if (summary.dryRun) return result
  try {
    const { docs } = await payload.find({ collection: 'municipalities', where: { or: [{ id: { equals: about.town } }, { slug: { equals: about.town } }] }, limit: 1, depth: 0, overrideAccess: true, select: { slug: true } })
    const row = auditRow(null, {
      action: 'import',
      collection: about.importId ? 'imports' : undefined,
      documentId: about.importId,
      title: about.file,
      user: about.user ?? null,
      towns: docs[0] ? [docs[0].id] : [],
      detail: { format: about.format, rows: summary.rows, created: summary.create, updated: summary.update, unchanged: summary.unchanged, skipped: summary.skip, documents: summary.documents },
    })
    await writeAuditRow(payload, row)
  } catch (err) {
    payload.logger.error({ err, msg: 'audit entry (import) failed' })
  }
  return result
}
