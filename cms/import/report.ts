import fs from 'node:fs'
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
 * Appends lines to a file as they come, each straight to the operating system (a process that
 * is killed loses none of what it wrote), and can go on with a file a killed run left.
 */
export class LineFile {
  private fd: number | null = null
  private bytes = 0

  constructor(public path: string) {}

  /** Bytes written so far. */
  get length(): number {
    return this.bytes
  }

  get opened(): boolean {
    return this.fd !== null
  }

  write(text: string): void {
    this.fd ??= fs.openSync(this.path, 'w')
    this.bytes += fs.writeSync(this.fd, text)
  }

  /** Goes on with the file a killed run left, cut back to `bytes` (what it had when its last batch was done); 0 starts it afresh. */
  resume(bytes: number): void {
    this.close()
    if (bytes > 0 && fs.existsSync(this.path)) {
      fs.truncateSync(this.path, bytes)
      this.fd = fs.openSync(this.path, 'a')
      this.bytes = bytes
    } else {
      fs.rmSync(this.path, { force: true })
      this.bytes = 0
    }
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd)
    this.fd = null
  }
}

/**
 * Writes the report while the import runs (a line per row, never all rows in memory): CSV
 * when the name ends in .csv, else JSON `{ "rows": [...], "summary": {...} }`.
 */
export class ReportWriter {
  private file: LineFile
  private csv: boolean

  constructor(path: string) {
    this.file = new LineFile(path)
    this.csv = path.toLowerCase().endsWith('.csv')
  }

  /** Opened with the first row, so an import that cannot start leaves no empty report behind. */
  private open(): void {
    if (!this.file.opened) this.file.write(this.csv ? `\uFEFF${CSV_HEADER.join(',')}\r\n` : '{\n"rows": [\n')
  }

  add(plan: RowPlan): Promise<void> {
    const first = !this.file.opened
    this.open()
    this.file.write(this.csv ? `${csvLine(plan)}\r\n` : `${first ? '' : ',\n'}${JSON.stringify(plan)}`)
    return Promise.resolve()
  }

  /** How far the report is (its rows are with the operating system), for a run's journal. */
  get length(): number {
    return this.file.length
  }

  /** Goes on with the report a killed run left (in `path`, when it wrote elsewhere), as it was at `bytes` (0: afresh). */
  resume(bytes: number, path = this.file.path): void {
    this.file.path = path
    this.file.resume(bytes)
  }

  get path(): string {
    return this.file.path
  }

  /** Ends the file; `null` when the import stopped early (the rows so far are kept). */
  close(summary: ImportSummary | null): Promise<void> {
    if (!this.file.opened && !summary) return Promise.resolve()
    this.open()
    if (!this.csv) this.file.write(`\n],\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`)
    this.file.close()
    return Promise.resolve()
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
