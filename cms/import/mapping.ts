import { normalizeForSearch } from '@shared/search'
import { isRecord } from '../isRecord'
import { FIELD_INFO } from './fields'
import { TARGET_FIELDS, type ColumnMapping, type TargetField } from './types'
import type { PortalKey } from '@cms/i18n/en'
import { portalTextIn } from '@cms/i18n/textIn'

/** "E-Mail-Adresse", "Straße", "Sprachen (ISO-Codes)" → "e mail adresse", "strasse", "sprachen". */
export function normalizeHeader(header: string): string {
  return normalizeForSearch(header.replace(/\s*[([].*[)\]]\s*$/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const BY_SYNONYM = new Map<string, TargetField>()
for (const field of TARGET_FIELDS) for (const s of FIELD_INFO[field].synonyms) BY_SYNONYM.set(s, field)

export interface DetectedMapping {
  mapping: ColumnMapping
  /** Headers that fill no field (shown in the admin, so nobody wonders where a column went). */
  unmapped: string[]
  /** Required fields without a column: the import cannot start until they are mapped. */
  missing: TargetField[]
}

/** Guesses the mapping from the headers; the first column wins when two mean the same field. */
export function detectMapping(headers: string[]): DetectedMapping {
  const mapping: ColumnMapping = {}
  const unmapped: string[] = []
  for (const header of headers) {
    const field = BY_SYNONYM.get(normalizeHeader(header))
    if (field && !mapping[field]) mapping[field] = header
    else if (header.trim()) unmapped.push(header)
  }
  return { mapping, unmapped, missing: missingFields(mapping) }
}

export function missingFields(mapping: ColumnMapping): TargetField[] {
  return TARGET_FIELDS.filter((f) => FIELD_INFO[f].required && !mapping[f])
}

/** A stored or sent mapping that names only fields there are, each with a column. */
export function isColumnMapping(value: unknown): value is ColumnMapping {
  return isRecord(value) && Object.entries(value).every(([field, header]) => TARGET_FIELDS.some((f) => f === field) && typeof header === 'string')
}

/**
 * Checks a mapping someone adjusted: every column must exist in the file, and the required
 * fields must be mapped. Returns the problems as sentences in `text`'s language (English for
 * the command line), empty when it is usable.
 */
export function checkMapping(mapping: ColumnMapping, headers: string[], text: MappingText = portalTextIn('en')): string[] {
  const errors: string[] = []
  const name = (field: TargetField) => text(FIELD_INFO[field].label)
  for (const [key, header] of Object.entries(mapping)) {
    const field = TARGET_FIELDS.find((f) => f === key)
    if (!field) errors.push(text('server.mapping.unknownField', { field: key }))
    else if (header && !headers.includes(header)) errors.push(text('server.mapping.noColumn', { field: name(field), header }))
  }
  for (const field of missingFields(mapping)) errors.push(text('server.mapping.required', { field: name(field) }))
  return errors
}

type MappingText = (key: PortalKey, vars?: Record<string, string>) => string
