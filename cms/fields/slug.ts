import type { Field, FieldHook, TextFieldSingleValidation, Where } from 'payload'
import { isValidSlug, slugify } from '@shared/slug'
import { idOf } from '../access/ids'
import { isCollectionSlug } from '../security/collectionBySlug'
import { translate, tr } from '@cms/i18n/translate'

interface SlugOptions {
  /** The field the slug is made from when left empty. */
  from: string
  /** The field that scopes uniqueness (the tenant field), or null for globally unique slugs. */
  scope: string | null
}

const MAX_LENGTH = 80

const fillFromSource =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
    const source = data?.[from] ?? originalDoc?.[from]
    // Localized sources arrive as a string in the request's locale.
    return typeof source === 'string' ? slugify(source) : value
  }

/** `base` with `-n`, shortened so the whole stays a valid slug. */
export function withSuffix(base: string, n: number): string {
  if (n < 2) return base
  const suffix = `-${n}`
  return `${base.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * Makes the slug unique in its scope by suffixing (`-2`, `-3`, …) instead of refusing it: a
 * refusal ("already used") would tell a user about documents they cannot read, e.g. another
 * organisation's unpublished draft. The look-up runs past access (it must see every document),
 * inside the document's town only; it runs after the collection's hooks have set the town.
 */
function uniqueInScope(scope: string | null): FieldHook {
  return async ({ value, data, originalDoc, collection, req, operation }) => {
    if (typeof value !== 'string' || !isValidSlug(value) || !collection) return value
    const scopeValue = scope ? (data?.[scope] !== undefined ? data[scope] : originalDoc?.[scope]) : null
    const scopeID = scope ? idOf(scopeValue) : null
    const movedTown = scope !== null && operation === 'update' && scopeID !== idOf(originalDoc?.[scope])
    if (operation === 'update' && value === originalDoc?.slug && !movedTown) return value
    const and: Where[] = [{ slug: { like: value } }]
    if (originalDoc?.id !== undefined) and.push({ id: { not_equals: originalDoc.id } })
    if (scope) and.push(scopeID ? { [scope]: { equals: scopeID } } : { [scope]: { exists: false } })
    const slug = collection.slug
    if (!isCollectionSlug(req.payload, slug)) return value
    const { docs } = await req.payload.find({
      collection: slug,
      where: { and },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      req,
      select: { slug: true },
    })
    const taken = new Set(docs.map((d) => String('slug' in d ? d.slug : undefined)))
    let n = 1
    while (taken.has(withSuffix(value, n))) n += 1
    return withSuffix(value, n)
  }
}

const validSlug: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return translate(req.t, 'error.slugMissing')
  return isValidSlug(value) ? true : translate(req.t, 'error.slugFormat')
}

export function slugField({ from, scope }: SlugOptions): Field {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    maxLength: MAX_LENGTH,
    validate: validSlug,
    hooks: { beforeValidate: [fillFromSource(from)], beforeChange: [uniqueInScope(scope)] },
    // Lets tests and tools find every slug field in the config.
    custom: { uniqueSlug: { scope } },
    admin: {
      position: 'sidebar',
      description: tr('help.slug'),
    },
  }
}
