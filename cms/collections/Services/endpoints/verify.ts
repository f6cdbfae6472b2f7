import type { Endpoint, PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { idOf } from '@cms/access/ids'
import { isStaff } from '@cms/access/roles'
import { ownsOrganization } from '@cms/collections/Organizations/access'
import { translate } from '@cms/i18n/translate'

/**
 * "Still correct" in one click: sets `lastVerifiedAt`/`lastVerifiedBy` on the live document
 * without touching its content, its draft/published state or its `updatedAt`, so a pending
 * draft stays pending (and shown as such) and nothing gets published. (A later save keeps the newer date: see
 * hooks/keepVerification.ts.)
 */
export function verifyEndpoint(slug: PortalSlugs['services']): Endpoint {
  return {
    path: '/:id/verify',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const id = String(req.routeParams?.id ?? '')
      if (!req.user) return Response.json({ errors: [{ message: translate(req.t, 'server.loginRequired') }] }, { status: 401 })
      const doc = await req.payload.findByID({
        collection: slug,
        id,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
        req,
        select: { organization: true },
      })
      const live = doc ? await req.payload.db.findOne<{ id: string; updatedAt?: string }>({ collection: slug, where: { id: { equals: id } }, select: { updatedAt: true }, req }) : null
      if (!doc || !live) return Response.json({ errors: [{ message: translate(req.t, 'server.notFound') }] }, { status: 404 })
      if (!isStaff(req.user) && !ownsOrganization(req.user, idOf(doc.organization))) {
        return Response.json({ errors: [{ message: translate(req.t, 'server.verify.forbidden') }] }, { status: 403 })
      }
      const stamp = { lastVerifiedAt: new Date().toISOString(), lastVerifiedBy: req.user.id }
      // The live version keeps its `updatedAt`: the admin counts a draft as waiting only while it is
      // newer than the live version, so a fresh date there would show a pending change as published.
      await req.payload.db.updateOne({ collection: slug, id, data: { ...stamp, updatedAt: live.updatedAt }, req })
      return Response.json({ message: translate(req.t, 'server.verify.done'), ...stamp })
    },
  }
}
