import { MATRIX_ROLES, type MatrixRole, type Operation } from './collections'
import { writeArtifact } from '../../helpers/artifact'

export type Expected = Partial<Record<Operation, readonly MatrixRole[]>>

export interface Cell {
  collection: string
  operation: Operation
  role: MatrixRole
  expected: 'allow' | 'deny'
  actual: 'allow' | 'deny' | 'error'
  status: number
  note?: string
}

const symbol = (c: Cell) => `${c.actual === 'allow' ? '✅' : c.actual === 'deny' ? '⛔' : '💥'} ${c.status}${c.actual === c.expected ? '' : ` ❗expected ${c.expected}`}`

/** The matrix as a Markdown table: one row per collection and operation, one column per role. */
export function matrixMarkdown(cells: Cell[]): string {
  const rows = new Map<string, Map<MatrixRole, Cell>>()
  for (const cell of cells) {
    const key = `| \`${cell.collection}\` | ${cell.operation} |`
    if (!rows.has(key)) rows.set(key, new Map())
    rows.get(key)?.set(cell.role, cell)
  }
  const wrong = cells.filter((c) => c.actual !== c.expected)
  return [
    '# Access matrix',
    '',
    'Every cell is a real REST request (Payload’s route handlers) as that role on a document of town 1',
    '(owned by organisation A; "readDrafts" reads a never-published draft of organisation B).',
    '✅ allowed, ⛔ refused, 💥 server error; the number is the HTTP status. Cells marked ❗ differ from the expectation.',
    '',
    `| collection | operation | ${MATRIX_ROLES.join(' | ')} |`,
    `|---|---|${MATRIX_ROLES.map(() => '---').join('|')}|`,
    ...[...rows].map(([key, byRole]) => `${key} ${MATRIX_ROLES.map((r) => (byRole.get(r) ? symbol(byRole.get(r) as Cell) : '')).join(' | ')} |`),
    '',
    `${cells.length} cells, ${wrong.length} not as expected.`,
    '',
  ].join('\n')
}

/** Writes the matrix to tests/.artifacts/access-matrix.md and returns the path. */
export function writeMatrix(cells: Cell[]): string {
  return writeArtifact('access-matrix.md', matrixMarkdown(cells))
}
