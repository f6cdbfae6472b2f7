/**
 * Reading CSV (csv-parse) and XLSX (ExcelJS's streaming reader) row by row: a file of any
 * length is never held in memory as rows. Only the first worksheet of a workbook is read.
 */
import fs from 'node:fs'
import { Readable, pipeline } from 'node:stream'
import { parse } from 'csv-parse'
import type ExcelJS from 'exceljs'
import { decoder, sniffEncoding, decodeWindows1252 } from './encoding'
import type { SourceRow } from './types'

export type SpreadsheetFormat = 'csv' | 'xlsx'

/** A file path, or the file's bytes (an upload in the admin). */
export type SpreadsheetSource = string | Uint8Array

export interface Spreadsheet {
  format: SpreadsheetFormat
  headers: string[]
  /** The data rows (blank ones left out), read afresh on every call. */
  rows(): AsyncIterable<SourceRow>
}

export function formatOf(name: string): SpreadsheetFormat | null {
  const ext = name.toLowerCase().split('.').pop()
  return ext === 'csv' || ext === 'txt' || ext === 'tsv' ? 'csv' : ext === 'xlsx' ? 'xlsx' : null
}

const open = (source: SpreadsheetSource): Readable => (typeof source === 'string' ? fs.createReadStream(source) : Readable.from([Buffer.from(source)]))

async function sample(source: SpreadsheetSource, bytes = 64 * 1024): Promise<Uint8Array> {
  if (typeof source !== 'string') return source.subarray(0, bytes)
  const handle = await fs.promises.open(source, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The separator of the header line: German Excel writes ";", others ",", some tabs. */
export function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]])
  let quoted = false
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [',', 0]
  return count > 0 ? best : ','
}

/** Raw records with their row numbers (1 = the first line), blank lines included as empty records. */
async function* csvRecords(source: SpreadsheetSource): AsyncGenerator<{ row: number; cells: string[] }> {
  const head = await sample(source)
  const encoding = sniffEncoding(head)
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(head) : decodeWindows1252(head)
  const delimiter = sniffDelimiter(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '')
  // pipeline() closes the file too when the reader stops early (after the header row).
  const parser = pipeline(open(source), decoder(encoding), parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }), () => {})
  let row = 0
  for await (const record of parser as AsyncIterable<string[]>) yield { row: ++row, cells: record }
}

type CellValue = ExcelJS.CellValue

/** A cell as the text a person sees (rich text joined, links by their text, formulas by their result). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return cellText(value.text) || value.hyperlink
  if ('result' in value) return cellText(value.result)
  return ''
}

async function* xlsxRecords(source: SpreadsheetSource): AsyncGenerator<{ row: number; cells: string[] }> {
  // Loaded here, not with the module: only XLSX files need it, and the config imports this module.
  const { default: Excel } = await import('exceljs')
  const input = open(source)
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  })
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values : []
        // ExcelJS rows are 1-based: index 0 is always empty.
        yield { row: row.number, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]).trim()) }
      }
      return
    }
  } finally {
    // Stopping after the first sheet (or the header row) must not leave the file open.
    input.destroy()
  }
}

const isBlank = (cells: string[]) => cells.every((c) => !c || !c.trim())

/** Header texts made unique ("Telefon", "Telefon (2)"); an empty header becomes "Column N". */
function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>()
  return cells.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base} (${n})`
  })
}

/**
 * Opens a CSV or XLSX file: reads its header row (the first non-blank one) now, its data rows
 * when iterated. The format comes from `format`, or the file name's extension.
 */
export async function openSpreadsheet(source: SpreadsheetSource, format?: SpreadsheetFormat): Promise<Spreadsheet> {
  const kind = format ?? (typeof source === 'string' ? formatOf(source) : null)
  if (!kind) throw new Error('Unknown file type: use .csv or .xlsx.')
  // A missing file would surface as an unhandled stream error inside the XLSX reader.
  if (typeof source === 'string') await fs.promises.access(source, fs.constants.R_OK)
  const records = () => (kind === 'csv' ? csvRecords(source) : xlsxRecords(source))
  let headers: string[] | null = null
  let headerRow = 0
  try {
    for await (const record of records()) {
      if (isBlank(record.cells)) continue
      headers = uniqueHeaders(record.cells)
      headerRow = record.row
      break
    }
  } catch (error) {
    if (kind === 'xlsx') throw new Error(`This is not an XLSX workbook (${error instanceof Error ? error.message : String(error)}).`)
    throw error
  }
  if (!headers) throw new Error('The file has no header row.')
  const columns = headers
  return {
    format: kind,
    headers: columns,
    async *rows() {
      for await (const record of records()) {
        if (record.row <= headerRow || isBlank(record.cells)) continue
        const values: Record<string, string> = {}
        columns.forEach((header, i) => (values[header] = record.cells[i] ?? ''))
        yield { row: record.row, values }
      }
    },
  }
}

/** How many data rows a file has (a quick first pass, for a progress bar). */
export async function countRows(sheet: Spreadsheet): Promise<number> {
  let n = 0
  for await (const _ of sheet.rows()) n++
  return n
}
