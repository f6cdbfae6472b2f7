import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { idOf } from '../../../access/ids'
import { isStaff } from '../../../access/roles'
import { ownsOrganization } from '../../Organizations/access'

/**
 * "Still correct" in one click: sets `lastVerifiedAt`/`lastVerifiedBy` without touching the
 * content or the draft/published state (written straight to the stored document and its
 * newest version, so a pending draft stays pending and nothing gets published).
 */
export function verifyEndpoint(slug: CollectionSlug): Endpoint {
  return {
    path: '/:id/verify',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const id = String(req.routeParams?.id ?? '')
      if (!req.user) return Response.json({ errors: [{ message: 'Please log in.' }] }, { status: 401 })
      const doc = await req.payload.findByID({
        collection: slug as 'services',
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
        req,
        select: { organization: true },
      })
      if (!doc) return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })
      if (!isStaff(req.user) && !ownsOrganization(req.user, idOf(doc.organization))) {
        return Response.json({ errors: [{ message: 'You are not allowed to confirm this entry.' }] }, { status: 403 })
      }
      const stamp = { lastVerifiedAt: new Date().toISOString(), lastVerifiedBy: req.user.id }
      await req.payload.db.updateOne({ collection: slug, id, data: stamp, req })
      const { docs } = await req.payload.db.findVersions({
        collection: slug,
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        req,
      })
      const latest = docs[0]
      if (latest) {
        await req.payload.db.updateVersion({
          collection: slug,
          id: String(latest.id),
          versionData: { ...(latest.version as object), ...stamp } as never,
          req,
        })
      }
      return Response.json({ message: 'Confirmed as still correct.', ...stamp })
    },
  }
}
