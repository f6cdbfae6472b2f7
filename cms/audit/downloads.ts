import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { recordAudit, type AuditEntry } from './record'

/** What an export endpoint tells the audit log about one download. */
export type DescribeDownload = (req: PayloadRequest) => Omit<AuditEntry, 'action'>

/**
 * An export endpoint whose successful downloads are audit entries (`export`): who downloaded
 * what, from where. Failed requests (404, 400) download nothing and are not recorded.
 * `town` names the route parameter with the town's slug, resolved to its id after the response.
 */
export function auditedDownload(endpoint: Endpoint, describe: DescribeDownload, { town }: { town?: { param: string; collection: PortalSlugs['municipalities'] } } = {}): Endpoint {
  const handler: PayloadHandler = async (req) => {
    const response = await endpoint.handler(req)
    if (response.status !== 200) return response
    const slug = town ? String(req.routeParams?.[town.param] ?? '') : ''
    recordAudit(req, { action: 'export', ...describe(req) }, async (row) => {
      if (!slug || !town) return row
      const { docs } = await req.payload.find({ collection: town.collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, select: { slug: true } })
      return docs[0] ? { ...row, towns: [String(docs[0].id)] } : row
    })
    return response
  }
  return { ...endpoint, handler }
}
