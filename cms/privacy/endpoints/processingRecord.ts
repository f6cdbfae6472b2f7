import type { Endpoint } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { isAdmin, isEditor } from '@cms/access/roles'
import type { PortalSlugs } from '@cms/types'
import { renderProcessingRecord } from '@shared/processingRecord'
import { buildProcessingRecord } from '../record/build'
import type { RetentionKind } from '../retention/types'
import { refusal } from './reply'

/**
 * `GET /api/municipalities/:id/processing-record`: the town's record of processing activities
 * (Art. 30) as a Markdown download, for the town's editors and admins (the town's data
 * protection officer gets it from them; it names the installation's e-mail server).
 */
export function processingRecordEndpoint(slugs: PortalSlugs, kinds: RetentionKind[]): Endpoint {
  return {
    method: 'get',
    path: '/:id/processing-record',
    handler: async (req) => {
      if (!req.user) return refusal(req, 401, 'privacy.error.login')
      const id = String(req.routeParams?.id ?? '')
      if (!isAdmin(req.user) && !(isEditor(req.user) && tenantIDsOf(req.user).includes(id))) return refusal(req, 403, 'privacy.error.ownTown')
      const town = await req.payload.findByID({ collection: slugs.municipalities, id, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, slug: true, contact: true, dataProtectionOfficer: true } })
      if (!town) return refusal(req, 404, 'server.notFound')
      const markdown = renderProcessingRecord(buildProcessingRecord(town, kinds))
      return new Response(markdown, {
        status: 200,
        headers: {
          'Content-Type': 'text/markdown; charset=utf-8',
          'Content-Disposition': `attachment; filename="verarbeitungsverzeichnis-${town.slug}.md"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}
