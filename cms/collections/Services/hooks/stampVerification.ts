import type { CollectionBeforeChangeHook } from 'payload'

/** A new entry counts as checked by whoever entered it. */
export const stampVerification: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && !data.lastVerifiedAt) {
    data.lastVerifiedAt = new Date().toISOString()
    if (req.user) data.lastVerifiedBy = req.user.id
  }
  return data
}
