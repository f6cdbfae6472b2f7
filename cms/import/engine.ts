/**
 * The import engine's entry points, for the command line and the admin alike:
 *
 *   const sheet = await openSpreadsheet(file)                 // CSV or XLSX, path or bytes
 *   const { mapping } = detectMapping(sheet.headers)           // adjustable before running
 *   const dry = await planImport(sheet.rows(), mapping, { payload, town: 'eisenach' })
 *   const done = await runImport(sheet.rows(), mapping, { payload, town: 'eisenach', onProgress })
 *
 * Both return one plan per row (create / update / unchanged / skip with reasons) and a summary.
 */
import { armDocumentCrash, crashPoint } from '../longWork/crashPoint'
import { loadContext, type ContextOptions } from './context'
import { openImportJournal, type DurableRun } from './durable'
import { ImportRun } from './run'
import type { ColumnMapping, EntityAction, ImportProgress, ImportSummary, RowPlan, SourceRow, TownArea } from './types'
import { withoutAudit } from '@cms/audit/quiet'

export interface ImportOptions extends ContextOptions {
  /** Check and report only; nothing is written. */
  dryRun?: boolean
  /** The number of rows, when known, for progress. */
  total?: number
  /** Called after every row. */
  onProgress?: (progress: ImportProgress) => void
  /** Called with every row's plan as soon as it is decided (e.g. to stream a report). */
  onRow?: (plan: RowPlan) => void | Promise<void>
  /** Keep every row's plan in the result (default). Off for long files whose report is streamed. */
  keepRows?: boolean
  /** Rows written together (default 100); progress and `onRow` follow a batch once it is written. */
  batchSize?: number
  /**
   * Makes the run survive a kill: it keeps a journal and, started again with the same input,
   * resumes after the last finished batch (durable.ts). Ignored by dry runs (they write nothing).
   */
  durable?: DurableRun
}

export interface ImportResult {
  summary: ImportSummary
  rows: RowPlan[]
}

const noDocuments = (): Record<EntityAction, number> => ({ create: 0, update: 0, unchanged: 0 })

/** A summary before the first row (also the HSDS import's). */
export const emptySummary = (dryRun: boolean, area: TownArea): ImportSummary => ({
  rows: 0,
  create: 0,
  update: 0,
  unchanged: 0,
  skip: 0,
  reasons: {},
  documents: { organizations: noDocuments(), locations: noDocuments(), services: noDocuments() },
  dryRun,
  area,
  millis: 0,
})

/** Rows decided and written together (one transaction where the database has them). */
const BATCH_ROWS = 100

async function* inBatches(rows: AsyncIterable<SourceRow> | Iterable<SourceRow>, size: number): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = []
  for await (const row of rows) {
    batch.push(row)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}

/**
 * Imports the rows. The documents it writes get no audit entry each: the caller records the
 * import as one entry (cms/audit/imports.ts), and an entry written after each save would also be a
 * write beside the batch's open transaction.
 */
export function runImport(rows: AsyncIterable<SourceRow> | Iterable<SourceRow>, mapping: ColumnMapping, options: ImportOptions): Promise<ImportResult> {
  return withoutAudit(() => importRows(rows, mapping, options))
}

async function importRows(rows: AsyncIterable<SourceRow> | Iterable<SourceRow>, mapping: ColumnMapping, options: ImportOptions): Promise<ImportResult> {
  let started = Date.now()
  const ctx = await loadContext(options)
  armDocumentCrash(ctx.payload)
  let summary = emptySummary(Boolean(options.dryRun), ctx.area)
  const durable = options.dryRun ? undefined : options.durable
  const opened = durable ? await openImportJournal(ctx, durable) : null
  if (opened?.summary) {
    summary = opened.summary
    started -= summary.millis
  }
  ctx.journal = opened?.journal ?? null
  const run = new ImportRun(ctx, mapping, Boolean(options.dryRun))
  const kept: RowPlan[] = []
  // Rows the killed run finished: decided again without writing, so that this run knows what
  // they created (the places and organisations later rows name, the services' duplicates).
  let replay = opened?.done ?? 0
  for await (const batch of inBatches(rows, Math.max(1, options.batchSize ?? BATCH_ROWS))) {
    const again = batch.slice(0, replay)
    replay -= again.length
    if (again.length) await run.replay(again)
    const fresh = batch.slice(again.length)
    if (!fresh.length) continue
    // A batch's rows are reported once it is written.
    for (const { plan, counted } of await run.batch(fresh)) {
      for (const [collection, action] of counted) summary.documents[collection][action]++
      summary.rows++
      summary[plan.action]++
      const reason = plan.problems[0]?.code
      if (plan.action === 'skip' && reason) summary.reasons[reason] = (summary.reasons[reason] ?? 0) + 1
      if (options.keepRows !== false) kept.push(plan)
      await options.onRow?.(plan)
      crashPoint('report')
      summary.millis = Date.now() - started
      options.onProgress?.({ processed: summary.rows, ...(options.total !== undefined ? { total: options.total } : {}), summary })
    }
    if (durable && opened) {
      const output = await durable.checkpoint()
      crashPoint('checkpoint')
      await opened.journal.step(summary.rows, { fingerprint: durable.fingerprint, summary, output })
      crashPoint('batch')
    }
  }
  summary.millis = Date.now() - started
  await opened?.journal.end()
  return { summary, rows: kept }
}

/** The dry run: the same decisions as `runImport`, nothing written. */
export function planImport(rows: AsyncIterable<SourceRow> | Iterable<SourceRow>, mapping: ColumnMapping, options: Omit<ImportOptions, 'dryRun'>): Promise<ImportResult> {
  return runImport(rows, mapping, { ...options, dryRun: true })
}
