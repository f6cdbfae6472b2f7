/**
 * Which `where` operators a field type takes, and what their values must look like. Payload
 * hands unknown operators and values of the wrong kind to the database adapter, which answers
 * with a 500 (`near` on text, a word for a date, `$gt` objects); the query guard checks every
 * condition against these rules first and answers 400 with the reason.
 *
 * The operator sets are the ones both adapters (SQLite and MongoDB) implement for the type:
 * `all`, `within` and `intersects` exist only on MongoDB or only for point fields, so they are
 * refused everywhere rather than answering differently per database.
 */

export const WHERE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
] as const
export type WhereOperator = (typeof WHERE_OPERATORS)[number]

/** The field kinds the rules distinguish (Payload field types grouped by how they compare). */
export type QueryKind = 'text' | 'number' | 'date' | 'checkbox' | 'relationship' | 'polymorphic' | 'point' | 'json' | 'id' | 'structure'

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists'] as const
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
const TEXT = ['like', 'not_like', 'contains'] as const

const ALLOWED: Record<QueryKind, readonly WhereOperator[]> = {
  text: [...EQUALITY, ...ORDER, ...TEXT],
  number: [...EQUALITY, ...ORDER],
  date: [...EQUALITY, ...ORDER],
  checkbox: EQUALITY,
  // `contains` on a has-many relationship takes a nested query (Payload validates that one).
  relationship: [...EQUALITY, 'contains'],
  // A link to one of several collections compares as the pair `{ relationTo, value }`.
  polymorphic: EQUALITY,
  point: ['exists', 'near', 'within', 'intersects'],
  json: [...EQUALITY, ...TEXT],
  id: [...EQUALITY, ...ORDER],
  // Groups, arrays, blocks, rich text: only whether they are set.
  structure: ['exists'],
}

/** The query kind of a Payload field type. */
export function queryKindOf(fieldType: string): QueryKind {
  switch (fieldType) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return 'text'
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'checkbox':
      return 'checkbox'
    case 'relationship':
    case 'upload':
      return 'relationship'
    case 'point':
      return 'point'
    case 'json':
      return 'json'
    default:
      return 'structure'
  }
}

export type WhereProblem =
  | { code: 'unknownOperator'; operator: string }
  | { code: 'operatorNotForField'; operator: string; kind: QueryKind }
  | { code: 'badValue'; operator: string; expected: 'text' | 'number' | 'date' | 'boolean' | 'id' | 'reference' | 'list' | 'coordinates' | 'geometry' }

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A date Payload and both adapters understand: ISO-like text or a time stamp, in a sane range. */
export function isQueryDate(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime())
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < 8.64e15
  if (typeof v !== 'string' || v.length > 40 || !/^\d{4}-\d{2}-\d{2}/.test(v)) return false
  return !Number.isNaN(Date.parse(v))
}

export function isQueryNumber(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v)
  return typeof v === 'string' && v.trim() !== '' && v.length <= 40 && Number.isFinite(Number(v))
}

const isBooleanLike = (v: unknown) => typeof v === 'boolean' || v === 'true' || v === 'false'
/** An ID is text or a whole number; a polymorphic reference may be `{ relationTo, value }`. */
const isIdLike = (v: unknown) =>
  (typeof v === 'string' && v.length <= 200) ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  v === null ||
  (isObject(v) && typeof v.relationTo === 'string' && (typeof v.value === 'string' || typeof v.value === 'number'))

/** `in`/`not_in` lists arrive as arrays or as comma-separated text (REST). */
function listItems(v: unknown): unknown[] | null {
  if (Array.isArray(v)) return v
  if (typeof v === 'string') return v.split(',')
  if (typeof v === 'number') return [v]
  return null
}

/** `near`: "lng,lat[,maxDistance[,minDistance]]" or the same as a list of numbers. */
function isNear(v: unknown): boolean {
  const parts = listItems(v)
  if (!parts || parts.length < 2 || parts.length > 4) return false
  return parts.every((p) => isQueryNumber(typeof p === 'string' ? p.trim() : p))
}

/** `within`/`intersects`: a GeoJSON geometry object. */
const isGeometry = (v: unknown) => isObject(v) && typeof v.type === 'string' && Array.isArray(v.coordinates)

/**
 * Checks one condition `{ [path]: { [operator]: value } }` for a field of the given kind.
 * Returns null when the database can evaluate it.
 */
export function whereProblem(kind: QueryKind, operator: string, value: unknown): WhereProblem | null {
  if (!(WHERE_OPERATORS as readonly string[]).includes(operator)) return { code: 'unknownOperator', operator }
  const op = operator as WhereOperator
  if (!ALLOWED[kind].includes(op)) return { code: 'operatorNotForField', operator, kind }
  const bad = (expected: Extract<WhereProblem, { code: 'badValue' }>['expected']): WhereProblem => ({ code: 'badValue', operator, expected })

  if (op === 'exists') return isBooleanLike(value) ? null : bad('boolean')
  if (op === 'near') return isNear(value) ? null : bad('coordinates')
  if (op === 'within' || op === 'intersects') return isGeometry(value) ? null : bad('geometry')
  if (kind === 'relationship' && op === 'contains') return isObject(value) || isIdLike(value) ? null : bad('id')

  const one = (v: unknown): boolean => {
    switch (kind) {
      case 'number':
        return v === null || isQueryNumber(v)
      case 'date':
        return v === null || isQueryDate(v)
      case 'checkbox':
        return v === null || isBooleanLike(v)
      case 'relationship':
      case 'id':
        return isIdLike(v)
      case 'polymorphic':
        return v === null || (isObject(v) && typeof v.relationTo === 'string' && isIdLike(v.value))
      default:
        return isScalar(v) && (typeof v !== 'string' || v.length <= 10_000)
    }
  }
  const expected = kind === 'number' ? 'number' : kind === 'date' ? 'date' : kind === 'checkbox' ? 'boolean' : kind === 'relationship' || kind === 'id' ? 'id' : kind === 'polymorphic' ? 'reference' : 'text'
  if (op === 'in' || op === 'not_in') {
    const items = kind === 'polymorphic' && isObject(value) ? [value] : listItems(value)
    if (!items || items.length > 1000) return bad('list')
    return items.every(one) ? null : bad(expected)
  }
  return one(value) ? null : bad(expected)
}
