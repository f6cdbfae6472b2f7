/**
 * A spreadsheet import that survives being killed (`kill -9`, a power cut, a deploy): its
 * journal (cms/longWork/runJournal.ts, one per town) says how many rows are done for good and
 * which documents the batch under way had created. A run that finds the journal of the same
 * import (same file, columns and options) takes back that batch's documents and goes on after
 * the last finished batch; one that finds another import's takes back its unfinished batch and
 * starts from the first row (the finished batches stand: they are matched like any stored entry).
 */
import { openJournal, RunBusyError, type RunJournal } from '../longWork/runJournal'
import { takeBack } from '../longWork/pendingDocuments'
import { ImportSetupError, type ImportContext } from './context'
import type { ImportSummary } from './types'

export interface DurableRun {
  /** What is imported (the file's bytes, the columns, the options), as a hash: the same again resumes. */
  fingerprint: string
  /** After a batch's rows went to `onRow`: makes the caller's output durable and says where it stands (e.g. a report's bytes). */
  checkpoint: () => Promise<Record<string, number | string>>
  /**
   * Before the first row: the caller puts its output back to where the last checkpoint said
   * (`{}`: start it afresh). `rowsDone`: how many rows the killed run finished; null for a new run.
   */
  resume: (at: Record<string, number | string>, rowsDone: number | null) => Promise<void>
}

export interface SavedImport {
  fingerprint: string
  summary: ImportSummary | null
  output: Record<string, number | string>
}

export interface OpenedJournal {
  journal: RunJournal<SavedImport>
  /** Rows done for good by the run that was killed (0 for a new run). */
  done: number
  summary: ImportSummary | null
}

export async function openImportJournal(ctx: ImportContext, durable: DurableRun): Promise<OpenedJournal> {
  const { journal, same } = await openJournal<SavedImport>(ctx.payload, `import:${ctx.townID}`, durable.fingerprint).catch((error: unknown) => {
    throw error instanceof RunBusyError ? new ImportSetupError(error.message) : error
  })
  if (journal.resumed) await takeBack(ctx.payload, journal.record.pending)
  const saved = journal.record.progress
  if (!same || !saved) {
    await journal.restart({ fingerprint: durable.fingerprint, summary: null, output: {} })
    await durable.resume({}, same ? 0 : null)
    return { journal, done: 0, summary: null }
  }
  await journal.tookBack()
  await durable.resume(saved.output, journal.record.cursor)
  return { journal, done: journal.record.cursor, summary: saved.summary }
}
