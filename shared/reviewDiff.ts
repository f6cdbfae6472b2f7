/**
 * What an editor compares when a provider's change waits for review: the live version and the
 * pending one, field by field and, for translated fields, language by language. Pure: the CMS
 * says which fields there are and how a value reads (names for references, plain text for rich
 * text); this lines the two versions up and marks what changed.
 */

/** The editor's verdict on a provider's change (stored in `reviewState`; none while it waits). */
export const REVIEW_STATES = ['sentBack', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export interface DiffField {
  /** Dotted path into the document (`address.street`). */
  path: string
  /** Stored once per language (`{ de: …, en: … }` when read in all languages). */
  localized: boolean
  /** How a value reads to a person; '' for nothing. */
  text: (value: unknown) => string
}

export interface DiffRow {
  path: string
  /** The language of a translated field, null for the others. */
  locale: string | null
  live: string
  pending: string
  changed: boolean
}

export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

const inLocale = (value: unknown, locale: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[locale] : undefined

/**
 * One row per field (per language for translated fields, in `locales` order, a language only
 * when either version has text in it). `live` null: the document was never published, so
 * everything the pending version says is new.
 */
export function diffVersions(fields: readonly DiffField[], live: unknown, pending: unknown, locales: readonly string[]): DiffRow[] {
  const rows: DiffRow[] = []
  const row = (path: string, locale: string | null, before: string, after: string) => rows.push({ path, locale, live: before, pending: after, changed: before !== after })
  for (const field of fields) {
    const a = valueAt(live, field.path)
    const b = valueAt(pending, field.path)
    if (!field.localized) {
      row(field.path, null, field.text(a), field.text(b))
      continue
    }
    for (const locale of locales) {
      const before = field.text(inLocale(a, locale))
      const after = field.text(inLocale(b, locale))
      if (before || after) row(field.path, locale, before, after)
    }
  }
  return rows
}

/**
 * A value as one line of text: lists joined, objects as their non-empty values (row ids and
 * block names left out), yes/no for tick boxes via `yesNo`.
 */
export function plainText(value: unknown, yesNo: [string, string] = ['yes', 'no']): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1]
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map((v) => plainText(v, yesNo)).filter(Boolean).join('; ')
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'blockType')
      .map(([key, v]) => {
        const text = plainText(v, yesNo)
        return text ? `${key}: ${text}` : ''
      })
      .filter(Boolean)
      .join(', ')
  }
  return ''
}
