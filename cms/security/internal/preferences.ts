import { type Endpoint, NotFound, UnauthorizedError } from 'payload'

export const PREFERENCES_SLUG = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key` as Payload ships it deletes through the database
 * adapter with a condition on the polymorphic `user` field, which the SQLite adapter cannot
 * build (a 500 for everyone). Same behaviour here through the Local API: the requester's own
 * preference with that key, nobody else's.
 */
export const deleteOwnPreference: Endpoint = {
  method: 'delete',
  path: '/:key',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const key = String(req.routeParams?.key ?? '')
    const own = await req.payload.find({
      collection: PREFERENCES_SLUG,
      where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const found = own.docs[0]
    if (!found) throw new NotFound(req.t)
    const doc = await req.payload.delete({ collection: PREFERENCES_SLUG, id: found.id, overrideAccess: true, req })
    return Response.json({ doc, message: req.t('general:deletedSuccessfully') })
  },
}
