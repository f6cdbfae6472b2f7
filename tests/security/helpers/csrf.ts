import { writeArtifact } from '../../helpers/artifact'

/**
 * The requests of the CSRF sweep: where a request with the login cookie comes from, and how its
 * body is encoded (the three encodings an HTML form or a `no-cors` fetch of a foreign page can send).
 */

/** The app's own origin in the tests: no SERVER_URL, no PORT (the demo's default). */
export const OWN_ORIGIN = 'http://localhost:3000'

export interface Sender {
  name: string
  /** Headers the browser adds that tell where the request comes from. */
  headers: Record<string, string>
  /** Whether the login cookie must count (the request comes from the app itself). */
  own: boolean
}

export const SENDERS: Sender[] = [
  { name: 'own Origin', headers: { Origin: OWN_ORIGIN }, own: true },
  { name: 'no Origin, same-origin fetch', headers: { 'Sec-Fetch-Site': 'same-origin' }, own: true },
  { name: 'foreign Origin', headers: { Origin: 'https://attacker.example' }, own: false },
  { name: 'Origin null', headers: { Origin: 'null' }, own: false },
  { name: 'no Origin, cross-site', headers: { 'Sec-Fetch-Site': 'cross-site' }, own: false },
  { name: 'no Origin, no Sec-Fetch-Site', headers: {}, own: false },
]

/** The references: an API client with a token from anywhere, and nobody logged in. */
export const TOKEN_REF = 'JWT header, foreign Origin'
export const ANON_REF = 'no login'

export const ENCODINGS = ['json', 'multipart', 'urlencoded'] as const
export type Encoding = (typeof ENCODINGS)[number]

/** A file to send along (upload collections). */
export interface FilePart {
  data: Uint8Array
  name: string
  mimetype: string
}

/** The body in the given encoding: JSON as is; multipart as the admin sends it (`_payload`); form fields for urlencoded. */
export function encodeBody(encoding: Encoding, data: Record<string, unknown>, file?: FilePart): { body: BodyInit; headers: Record<string, string> } {
  if (encoding === 'json') return { body: JSON.stringify(data), headers: { 'Content-Type': 'application/json' } }
  if (encoding === 'multipart') {
    const form = new FormData()
    if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.append('_payload', JSON.stringify(data))
    return { body: form, headers: {} }
  }
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(data)) form.append(key, typeof value === 'string' ? value : JSON.stringify(value))
  return { body: form, headers: {} }
}

/** 501 is an answer (e.g. "no translation service configured"), not a failure. */
export const serverError = (status: number) => status >= 500 && status !== 501

export type Outcome = 'allow' | 'deny' | 'error'
export const outcome = (status: number): Outcome => (status >= 200 && status < 300 ? 'allow' : status >= 400 && status < 500 ? 'deny' : 'error')

/** 401/403: the request was refused for want of a login. */
export const refusedLogin = (status: number) => status === 401 || status === 403

export interface SweepCell {
  target: string
  operation: string
  encoding: Encoding | '–'
  sender: string
  status: number
  /** Empty when as expected, else why not. */
  problem: string
}

/**
 * Whether a cell is as it must be. A request from elsewhere must get exactly what a request
 * without login gets and write nothing; one from the app (and a token from anywhere) must not be
 * refused for want of a login unless the token is refused too.
 */
export function judge(sender: Sender | 'token', status: number, refs: { token: number; anonymous: number }, changed: boolean, anonymousWrites: boolean): string {
  // A server error only for some senders is this sweep's business; one for everybody (no login
  // included) is not about where a request comes from: the table marks it 💥 and lists it.
  if (serverError(status) && status !== refs.anonymous) return `server error ${status}`
  if (sender === 'token' || sender.own) return refusedLogin(status) === refusedLogin(refs.token) ? '' : `login ${refusedLogin(status) ? 'not counted' : 'counted'} (${status}), the token got ${refs.token}`
  if (changed && !anonymousWrites) return `written (${status})`
  return status === refs.anonymous ? '' : `${status}, without login ${refs.anonymous}`
}

const mark = (cell: SweepCell) => `${cell.problem ? '❗' : serverError(cell.status) ? '💥' : outcome(cell.status) === 'allow' ? '✅' : '⛔'} ${cell.status}`

/** The sweep as a Markdown table: one row per target, operation and encoding, one column per sender. */
export function sweepMarkdown(cells: SweepCell[]): string {
  const columns = [...SENDERS.map((s) => s.name), TOKEN_REF, ANON_REF]
  const rows = new Map<string, Map<string, SweepCell>>()
  for (const cell of cells) {
    const key = `| ${cell.target} | ${cell.operation} | ${cell.encoding} |`
    if (!rows.has(key)) rows.set(key, new Map())
    rows.get(key)?.set(cell.sender, cell)
  }
  const wrong = cells.filter((c) => c.problem)
  const crashing = [...new Set(cells.filter((c) => c.sender === ANON_REF && serverError(c.status)).map((c) => `${c.target} ${c.operation}`))]
  return [
    '# CSRF sweep',
    '',
    `Every write with the login cookie of an admin, sent from the app's own origin (${OWN_ORIGIN}) and from elsewhere,`,
    'in each encoding a foreign page can send. From elsewhere the cookie must count for nothing (the answer is',
    'that of a request without login, and nothing is written, checked in the database); from the app it counts as the',
    'login. References: the same request with the token in an `Authorization` header from a foreign origin (API clients',
    'stay allowed), and without any login. ✅ 2xx, ⛔ refused, 💥 server error; the number is the HTTP status (GraphQL: the',
    'error status).',
    '❗ marks a cell that is not as it must be.',
    '',
    `| target | operation | encoding | ${columns.join(' | ')} |`,
    `|---|---|---|${columns.map(() => '---').join('|')}|`,
    ...[...rows].map(([key, bySender]) => `${key} ${columns.map((c) => (bySender.get(c) ? mark(bySender.get(c) as SweepCell) : '')).join(' | ')} |`),
    '',
    `${cells.length} cells, ${wrong.length} not as they must be.`,
    ...wrong.map((c) => `- ${c.target} ${c.operation} (${c.encoding}) from ${c.sender}: ${c.problem}`),
    '',
    ...(crashing.length ? ['Server errors for everybody, logged in or not (not a question of origin; a bug of its own):', ...crashing.map((t) => `- ${t}`), ''] : []),
  ].join('\n')
}

export function writeSweep(cells: SweepCell[]): string {
  return writeArtifact('csrf-sweep.md', sweepMarkdown(cells))
}
