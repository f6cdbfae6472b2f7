import { csvCell } from '@shared/csv'
import type { TableField } from './datapackage'
import type { Row } from './tables'

/**
 * The CSV files of the Data Package: RFC 4180 (comma, double quotes, CRLF), UTF-8, a
 * header row with the schema's field names in the schema's order.
 *
 * - No byte order mark, unlike `toCsv` (shared/csv.ts), which writes one for spreadsheet
 *   programs: the package declares `encoding: utf-8`, and a BOM would become part of the
 *   first column's name ("\uFEFFid") for readers that take UTF-8 literally.
 * - Cells are defused like every CSV we serve (`csvCell`), except phone numbers: "+49 …"
 *   would get a leading apostrophe, which corrupts the number for every program that reads
 *   the file as data. Digits, spaces and `+ ( ) . / -` alone hold no function name, cell
 *   reference or DDE command, so a spreadsheet can at worst compute such a cell, not run it.
 * - Values are written in the lexical form of the field's Table Schema type: times with
 *   seconds ("09:00:00"), instants without fractions ("2026-01-31T12:00:00Z").
 */

const PHONE_LIKE = /^\+[\d ()./-]+$/

function lexical(field: TableField, value: string | number): string | number {
  if (typeof value !== 'string') return value
  if (field.type === 'time' && /^\d{2}:\d{2}$/.test(value)) return `${value}:00`
  if (field.type === 'datetime') return value.replace(/\.\d+Z$/, 'Z')
  return value
}

export function dataCell(field: TableField, value: string | number | undefined): string {
  if (value === undefined || value === '') return ''
  const v = lexical(field, value)
  return typeof v === 'string' && PHONE_LIKE.test(v) ? v : csvCell(v)
}

export function tableCsv(fields: readonly TableField[], rows: readonly Row[]): string {
  const names = new Set(fields.map((f) => f.name))
  for (const row of rows) {
    // A property the official table does not have is a mapping mistake, not data to drop quietly.
    const unknown = Object.keys(row).find((k) => !names.has(k))
    if (unknown) throw new Error(`HSDS export: "${unknown}" is not a field of this table (${[...names].slice(0, 3).join(', ')}, …).`)
  }
  const lines = [fields.map((f) => csvCell(f.name)), ...rows.map((row) => fields.map((f) => dataCell(f, row[f.name])))]
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n'
}
