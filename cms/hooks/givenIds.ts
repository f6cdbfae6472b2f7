import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

/** `req.context` key with which server code (the HSDS import) may create a document under an id it names. */
export const KEEP_GIVEN_ID = 'keepGivenId'

/**
 * Ids are the server's. The SQLite adapter runs with `allowIDOnCreate` so that the HSDS
 * import can create a document under its HSDS id (a UUID, as our own ids are), which keeps
 * HSDS ids stable from one installation to the next. That option would also let anyone who
 * may create something choose its id through REST, and let "Duplicate" in the admin reuse
 * the original's: so a given id is dropped unless server code asked for it.
 */
export const dropGivenId: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !('id' in data) || req.context?.[KEEP_GIVEN_ID]) return data
  const { id: _dropped, ...rest } = data
  return rest
}

/** Puts `dropGivenId` first in every collection's beforeValidate hooks (the host's stay). */
export const withDropGivenId = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeValidate: [dropGivenId, ...(collection.hooks?.beforeValidate ?? [])] },
})
