/**
 * What Payload's `create` makes of a new document's data before the database sees it, for the
 * import's bulk writes (bulkCreate.ts), which skip the Local API: the fields' defaults, the
 * localized values under the import's language, array rows' IDs, and the collections' hooks'
 * work on a new directory entry (town, search text, verification date, review flag, status,
 * timestamps). The equality test (tests/integration/import-bulk.test.ts) imports one file both
 * ways and compares every document and version, so a hook that changes shows up there.
 */
import { randomBytes } from 'node:crypto'
import { getDefaultValue, type FlattenedField, type PayloadRequest, type TypedUser } from 'payload'
import { isStaff } from '../access/roles'
import { SERVICE_SEARCH_FIELDS } from '../collections/Services/hooks/indexSearchText'
import { searchTextOf } from '../hooks/searchText'
import { isRecord } from '../isRecord'
import { TENANT_FIELD } from '../tenant'
import type { Doc } from './diff'
import type { DirectoryCollection } from './store'

/** An array row's ID as Payload makes it (an ObjectId's 24 hex digits: time first, so rows sort by creation). */
export const rowID = (): string => Math.floor(Date.now() / 1000).toString(16).padStart(8, '0') + randomBytes(8).toString('hex')

interface FieldContext {
  locale: string
  req: PayloadRequest
  user?: TypedUser
}

/**
 * Defaults (where the data has no value), array rows' IDs, and localized values as
 * `{ [locale]: value }`: the shape Payload's field hooks hand the adapter on creation.
 */
export async function prepareFields(fields: readonly FlattenedField[], data: Doc, ctx: FieldContext, inLocalized = false): Promise<Doc> {
  const out: Doc = { ...data }
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const { name } = field
    let value = out[name]
    if (field.type === 'group' || field.type === 'tab') {
      value = await prepareFields(field.flattenedFields, isRecord(value) ? value : {}, ctx, inLocalized || Boolean(field.localized))
    } else if (field.type === 'array') {
      if (Array.isArray(value)) {
        const rows: Doc[] = []
        for (const row of value.filter(isRecord)) rows.push(await prepareFields(field.flattenedFields, { ...row, id: typeof row.id === 'string' ? row.id : rowID() }, ctx, inLocalized || Boolean(field.localized)))
        value = rows
      }
    } else if (value === undefined && 'defaultValue' in field && field.defaultValue !== undefined) {
      value = await getDefaultValue({ defaultValue: field.defaultValue, locale: ctx.locale, req: ctx.req, user: ctx.user ?? null, value })
    } else if (value === undefined && field.type === 'richText') {
      // The rich text editor's hooks store an empty text as null.
      value = null
    }
    if (value === undefined) continue
    out[name] = field.localized && !inLocalized ? { [ctx.locale]: value } : value
  }
  return out
}

export interface NewDocumentContext extends FieldContext {
  townID: string
  /** The moment of the batch: every new document's createdAt and updatedAt (one save, one time). */
  now: string
  /** Services: their organisation's published name (for the search text), null when it has none. */
  organizationName?: string | null
}

/**
 * The hooks' work on a new directory entry, on data in the import's language (as the
 * collections' `beforeChange` hooks see it): what `providerPublishing`, `keepVerification`
 * and `indexServiceSearchText` add, and the town.
 */
export function withHookFields(collection: DirectoryCollection, data: Doc, ctx: NewDocumentContext): Doc {
  const out: Doc = { ...data, [TENANT_FIELD]: ctx.townID }
  // providerPublishing: a staff member's publish clears the review flag (the import is staff work or the system's).
  if (isStaff(ctx.user) && out._status === 'published') out.pendingReview = false
  if (collection === 'services') {
    // keepVerification: a new entry counts as checked by whoever entered it.
    if (!out.lastVerifiedAt) {
      out.lastVerifiedAt = ctx.now
      if (ctx.user) out.lastVerifiedBy = ctx.user.id
    }
    // indexServiceSearchText: the texts in the request's language, plus the organisation's published name.
    const texts: Record<string, Record<string, unknown>> = {}
    for (const field of SERVICE_SEARCH_FIELDS) if (field in out) texts[field] = { [ctx.locale]: out[field] }
    out.searchText = searchTextOf(texts, SERVICE_SEARCH_FIELDS, [ctx.organizationName ?? null])
  }
  return out
}

/** Whether a document or array row has values in a language of its own (outside its arrays): then the adapter wrote it language rows. */
function hasLocalizedValues(fields: readonly FlattenedField[], data: Doc, inLocalized = false): boolean {
  return fields.some((field) => {
    if (!('name' in field) || field.type === 'array' || field.type === 'join') return false
    const value = data[field.name]
    if ((field.localized || inLocalized) && value !== undefined && field.type !== 'group' && field.type !== 'tab') return true
    return (field.type === 'group' || field.type === 'tab') && isRecord(value) && hasLocalizedValues(field.flattenedFields, value, inLocalized || Boolean(field.localized))
  })
}

/**
 * The document as the SQL adapter reads it back, and so what its version is made of: a document
 * (`empty`: one the adapter wrote no language rows for) or array row without language rows reads
 * as one with an empty row in every language.
 */
export function inEveryLocale(fields: readonly FlattenedField[], data: Doc, locales: readonly string[], empty: boolean): Doc {
  const out: Doc = { ...data }
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const value = out[field.name]
    if (field.type === 'array') {
      if (Array.isArray(value)) out[field.name] = value.filter(isRecord).map((row) => inEveryLocale(field.flattenedFields, row, locales, !hasLocalizedValues(field.flattenedFields, row)))
    } else if (field.localized) {
      if (empty) out[field.name] = Object.fromEntries(locales.map((l) => [l, null]))
    } else if (field.type === 'group' || field.type === 'tab') out[field.name] = inEveryLocale(field.flattenedFields, isRecord(value) ? value : {}, locales, empty)
  }
  return out
}
