import { isUuid } from '@shared/uuid'

export const DEFAULT_PER_PAGE = 50
/** More per page would let one request read a whole town's directory fully nested. */
export const MAX_PER_PAGE = 100

/** A query parameter the API cannot use: answered with 400 and this reason. */
export class BadParam extends Error {}

export interface ListParams {
  page: number
  perPage: number
  /** Free text, as typed (folded into terms by the caller). */
  search: string | null
  /** Fully nested items instead of the one-to-one fields. */
  full: boolean
  taxonomyTermId: string | null
  taxonomyId: string | null
  organizationId: string | null
  parentId: string | null
  topOnly: boolean
  /** An ISO instant (UTC) or null. */
  modifiedAfter: string | null
}

function wholeNumber(q: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = q.get(name)
  if (raw === null || raw === '') return fallback
  const n = /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN
  if (!(n >= 1 && n <= max)) throw new BadParam(`${name} must be a whole number from 1 to ${max}; got "${raw.slice(0, 40)}".`)
  return n
}

function uuid(q: URLSearchParams, name: string): string | null {
  const raw = q.get(name)
  if (raw === null || raw === '') return null
  if (!isUuid(raw.trim())) throw new BadParam(`${name} must be a UUID; got "${raw.slice(0, 60)}".`)
  return raw.trim().toLowerCase()
}

function bool(q: URLSearchParams, name: string): boolean {
  const raw = q.get(name)
  if (raw === null || raw === '') return false
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new BadParam(`${name} must be true or false; got "${raw.slice(0, 40)}".`)
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 date or date-time; without a zone it is read as UTC (the API's time base), never as server time. */
export function parseInstant(raw: string): string | null {
  const m = ISO.exec(raw.trim())
  if (!m) return null
  const text = raw.trim().replace(' ', 'T')
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : m[1] ? text : `${text}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The list parameters of the HSDS API reference; anything malformed is refused rather than guessed. */
export function parseListParams(q: URLSearchParams): ListParams {
  const format = q.get('format')
  if (format && format !== 'json') throw new BadParam(`Only format=json is offered; got "${format.slice(0, 20)}".`)
  const modified = q.get('modified_after')
  const modifiedAfter = modified ? parseInstant(modified) : null
  if (modified && !modifiedAfter) throw new BadParam(`modified_after must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00Z; got "${modified.slice(0, 40)}".`)
  const search = q.get('search')?.trim() || null
  if (search && search.length > 200) throw new BadParam('search must be at most 200 characters long.')
  return {
    page: wholeNumber(q, 'page', 1, 1_000_000),
    perPage: wholeNumber(q, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE),
    search,
    full: bool(q, 'full'),
    taxonomyTermId: uuid(q, 'taxonomy_term_id'),
    taxonomyId: uuid(q, 'taxonomy_id'),
    organizationId: uuid(q, 'organization_id'),
    parentId: uuid(q, 'parent_id'),
    topOnly: bool(q, 'top_only'),
    modifiedAfter,
  }
}
