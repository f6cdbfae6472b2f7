import type { CollectionBeforeChangeHook } from 'payload'

const newest = (...dates: unknown[]): string | undefined =>
  dates
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0]

/**
 * A new entry counts as checked by whoever entered it. On later saves the newest
 * confirmation wins: "Still correct" writes to the stored document, while a pending draft
 * still carries the older date and must not take it back when it is published.
 */
export const keepVerification: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, collection }) => {
  if (operation === 'create') {
    if (!data.lastVerifiedAt) {
      data.lastVerifiedAt = new Date().toISOString()
      if (req.user) data.lastVerifiedBy = req.user.id
    }
    return data
  }
  if (!originalDoc?.id) return data
  const stored = await req.payload.db.findOne<{ id: string; lastVerifiedAt?: string; lastVerifiedBy?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  const latest = newest(data.lastVerifiedAt, originalDoc.lastVerifiedAt, stored?.lastVerifiedAt)
  if (latest && latest === stored?.lastVerifiedAt && latest !== data.lastVerifiedAt) {
    data.lastVerifiedAt = latest
    data.lastVerifiedBy = stored?.lastVerifiedBy
  }
  return data
}
