/** RFC 4180 CSV: quoted where needed; cells that a spreadsheet would run as a formula are defused. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  // "=HYPERLINK(…)" in a downloaded file would run in Excel: a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A CSV document with a header row; starts with a BOM so spreadsheet programs read UTF-8. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
