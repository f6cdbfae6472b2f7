import type { CollectionSlug, Field, FieldHook, TextFieldSingleValidation, Where } from 'payload'
import { isValidSlug, slugify } from '../../shared/slug'
import { idOf } from '../access/ids'

interface SlugOptions {
  /** The field the slug is made from when left empty. */
  from: string
  /** The field that scopes uniqueness (the tenant field), or null for globally unique slugs. */
  scope: string | null
}

const fillFromSource =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
    const source = data?.[from] ?? originalDoc?.[from]
    // Localized sources arrive as a string in the request's locale.
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * Checks the format and that no other document of the same collection (in the same town)
 * uses the slug, so the editor sees a message at the field instead of a database error.
 */
function uniqueSlug(scope: string | null): TextFieldSingleValidation {
  return async (value, { req, id, data, collectionSlug, siblingData }) => {
    if (!value) return 'Please enter a slug, or a name to make one from.'
    if (!isValidSlug(value)) return 'Use only lowercase letters a–z, digits and hyphens (at most 80 characters).'
    if (!collectionSlug) return true
    const and: Where[] = [{ slug: { equals: value } }]
    if (id !== undefined) and.push({ id: { not_equals: id } })
    const scopeId = scope ? idOf((data as Record<string, unknown>)?.[scope] ?? (siblingData as Record<string, unknown>)?.[scope]) : null
    if (scope && scopeId) and.push({ [scope]: { equals: scopeId } })
    const { totalDocs } = await req.payload.count({
      collection: collectionSlug as CollectionSlug,
      where: { and },
      req,
      overrideAccess: true,
    })
    return totalDocs === 0 ? true : 'This slug is already used. Please choose another one.'
  }
}

export function slugField({ from, scope }: SlugOptions): Field {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    maxLength: 80,
    validate: uniqueSlug(scope),
    hooks: { beforeValidate: [fillFromSource(from)] },
    admin: {
      position: 'sidebar',
      description: 'Part of the web address. Made from the name when left empty.',
    },
  }
}
