import fs from 'node:fs'
import { once } from 'node:events'
import { csvCell } from '@shared/csv'
import { describeArea } from './area'
import type { ImportSummary, RowPlan } from './types'

const CSV_HEADER = ['row', 'action', 'reason', 'message', 'warnings', 'label', 'external_id', 'organization', 'location', 'service']

const entityCell = (e: RowPlan['organization']) => (e ? `${e.action}${e.id ? ` ${e.id}` : ''}${e.changes.length && e.action === 'update' ? ` (${e.changes.join(', ')})` : ''}` : '')

/** One report line: row number, action, the first reason's code, all messages. */
export function csvLine(plan: RowPlan): string {
  return [
    plan.row,
    plan.action,
    plan.problems[0]?.code ?? '',
    plan.problems.map((p) => p.message).join(' | '),
    plan.warnings.map((w) => w.message).join(' | '),
    plan.label,
    plan.externalId ?? '',
    entityCell(plan.organization),
    entityCell(plan.location),
    entityCell(plan.service),
  ]
    .map(csvCell)
    .join(',')
}

/**
 * Writes the report while the import runs (a line per row, never all rows in memory): CSV
 * when the name ends in .csv, else JSON `{ "rows": [...], "summary": {...} }`.
 */
export class ReportWriter {
  private out: fs.WriteStream | null = null
  private csv: boolean
  private first = true

  constructor(private path: string) {
    this.csv = path.toLowerCase().endsWith('.csv')
  }

  /** Opened with the first row, so an import that cannot start leaves no empty report behind. */
  private open(): fs.WriteStream {
    if (!this.out) {
      this.out = fs.createWriteStream(this.path, 'utf8')
      this.out.write(this.csv ? `\uFEFF${CSV_HEADER.join(',')}\r\n` : '{\n"rows": [\n')
    }
    return this.out
  }

  async add(plan: RowPlan): Promise<void> {
    const out = this.open()
    const text = this.csv ? `${csvLine(plan)}\r\n` : `${this.first ? '' : ',\n'}${JSON.stringify(plan)}`
    this.first = false
    if (!out.write(text)) await once(out, 'drain')
  }

  /** Ends the file; `null` when the import stopped early (the rows so far are kept). */
  async close(summary: ImportSummary | null): Promise<void> {
    if (!this.out && !summary) return
    const out = this.open()
    if (!this.csv) out.write(`\n],\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`)
    out.end()
    await once(out, 'finish')
  }
}

/** The summary as a few lines for a terminal. */
export function formatSummary(s: ImportSummary): string {
  const docs = (['organizations', 'locations', 'services'] as const)
    .map((c) => `  ${c.padEnd(14)} ${s.documents[c].create} new, ${s.documents[c].update} changed, ${s.documents[c].unchanged} unchanged`)
    .join('\n')
  const reasons = Object.entries(s.reasons)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  const rate = s.millis > 0 ? ` (${Math.round((s.rows / s.millis) * 1000)} rows/s)` : ''
  return [
    `${s.dryRun ? 'Dry run – nothing was saved. ' : ''}${s.rows} rows in ${(s.millis / 1000).toFixed(1)} s${rate}:`,
    `  ${s.create} new, ${s.update} updated, ${s.unchanged} unchanged, ${s.skip} skipped${reasons ? ` (${reasons})` : ''}`,
    docs,
    `  area checked: ${describeArea(s.area)}`,
  ].join('\n')
}
