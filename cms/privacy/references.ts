import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/** Where documents name a person: a relationship to the users, or a reviewer's name as text. */
export interface PersonReference {
  collection: CollectionSlug
  field: string
  kind: 'account' | 'name'
  /** The collection keeps versions, which hold the field too (`version.<field>`). */
  versions: boolean
}

/** Fields that keep who reviewed a change by name (cms/fields/review.ts). */
const NAME_FIELDS = new Set(['reviewedBy'])

/**
 * Every top-level field of every collection that points at an account or holds a reviewer's
 * name, found in the running config rather than listed: a collection added later with a
 * `relationTo: users` field is covered by the erasure and the Art. 15 export without a change here.
 * Payload's own collections (preferences, locked documents, jobs) are left to Payload, which
 * deletes an account's preferences and locks with it.
 */
export function personReferences(payload: Payload, usersSlug: string): PersonReference[] {
  return payload.config.collections.flatMap((collection) => {
    if (collection.slug === usersSlug || collection.slug.startsWith('payload-')) return []
    const versions = Boolean(collection.versions)
    return collection.flattenedFields.flatMap((field: FlattenedField): PersonReference[] => {
      if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === usersSlug && !field.hasMany) {
        return [{ collection: collection.slug, field: field.name, kind: 'account', versions }]
      }
      if (field.type === 'text' && NAME_FIELDS.has(field.name)) return [{ collection: collection.slug, field: field.name, kind: 'name', versions }]
      return []
    })
  })
}
