import fs from 'node:fs'
import type { Payload } from 'payload'
import { isLocale } from '@shared/locales'
import { countRows, geocoderFromEnv, ReportWriter, runImport, type RowPlan } from '@cms/import'
import { LineFile } from '@cms/import/report'
import { isColumnMapping } from '@cms/import/mapping'
import { idOf } from '@cms/access/ids'
import type { PortalSlugs } from '@cms/types'
import type { ImportFiles } from './files'
import { openUpload, reportPaths } from './files'
import { auditedImport } from '@cms/audit/imports'

export type StoredImportSlugs = Pick<PortalSlugs, 'imports' | 'users'>

/** How often the stored progress is written while rows are processed. */
const HEARTBEAT_MS = 1000

/** One JSON line per row: the panel pages through them without loading the whole file. */
class RowLog {
  readonly file: LineFile
  constructor(path: string) {
    this.file = new LineFile(path)
  }
  add(plan: RowPlan) {
    this.file.write(`${JSON.stringify(plan)}\n`)
    return Promise.resolve()
  }
  close() {
    this.file.close()
    return Promise.resolve()
  }
}

/**
 * Runs a stored import (a check or the real thing, as its status says) as the staff member
 * who started it, so every read and write goes through that person's access. Called by the
 * job queue; the document's status, progress and summary tell the admin panel how it goes.
 */
export async function runStoredImport(payload: Payload, slugs: StoredImportSlugs, files: ImportFiles, id: string): Promise<void> {
  const collection = slugs.imports
  const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true })
  if (doc.status !== 'checking' && doc.status !== 'importing') return
  const dryRun = doc.status === 'checking'
  const save = (data: Record<string, unknown>) => payload.update({ collection, id, data, depth: 0, overrideAccess: true, context: { importProgress: true, skipAudit: true } })
  const paths = reportPaths(files, id)
  fs.mkdirSync(files.reports, { recursive: true })
  const report = new ReportWriter(paths.csv)
  const rows = new RowLog(paths.rows)
  try {
    const starter = idOf(doc.startedBy)
    const user = starter ? await payload.findByID({ collection: slugs.users, id: starter, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!user) throw new Error('The person who started this import no longer has an account.')
    const sheet = await openUpload(files, doc.filename ?? '')
    const total = await countRows(sheet)
    await save({ total, processed: 0, heartbeatAt: new Date().toISOString() })
    let beat = Date.now()
    let progress: Promise<unknown> = Promise.resolve()
    // The start endpoint checked the mapping before it saved it.
    const about = { town: String(idOf(doc.municipality)), user, format: 'spreadsheet' as const, file: doc.filename ?? undefined, importId: id }
    const { summary } = await auditedImport(payload, about, () => runImport(sheet.rows(), isColumnMapping(doc.mapping) ? doc.mapping : {}, {
      payload,
      town: String(idOf(doc.municipality)),
      user: { ...user, collection: slugs.users },
      ...(isLocale(doc.locale) ? { locale: doc.locale } : {}),
      draft: Boolean(doc.draft),
      dryRun,
      total,
      geocoder: geocoderFromEnv(),
      keepRows: false,
      // A run cut off by a restart goes on where it stopped when it is started again (start.ts).
      durable: {
        fingerprint: `admin:${id}:${doc.checkedWith ?? ''}`,
        checkpoint: () => Promise.resolve({ report: report.length, rows: rows.file.length }),
        resume: (at) => {
          report.resume(typeof at.report === 'number' ? at.report : 0)
          rows.file.resume(typeof at.rows === 'number' ? at.rows : 0)
          return Promise.resolve()
        },
      },
      onRow: async (plan) => {
        await report.add(plan)
        await rows.add(plan)
      },
      onProgress: ({ processed }) => {
        if (Date.now() - beat < HEARTBEAT_MS) return
        beat = Date.now()
        // Not awaited here: progress is advisory, and the rows must not wait for it.
        progress = save({ processed, heartbeatAt: new Date().toISOString() }).catch(() => undefined)
      },
    }))
    await report.close(summary)
    await rows.close()
    // A late progress write must not land after the final state.
    await progress
    await save({ status: dryRun ? 'checked' : 'done', processed: summary.rows, summary, error: null, finishedAt: new Date().toISOString(), heartbeatAt: null })
  } catch (error) {
    await report.close(null)
    await rows.close()
    await save({ status: 'failed', error: (error instanceof Error ? error.message : String(error)).slice(0, 500), finishedAt: new Date().toISOString(), heartbeatAt: null })
  }
}
