import type { PortalSlugs } from '@cms/types'
import type { PayloadRequest } from 'payload'

/**
 * Whether the town asks an editor to review provider changes (Municipalities → Service
 * directory settings; the default). Unknown towns review: the safe side.
 */
export async function townReviews(req: PayloadRequest, municipalitiesSlug: PortalSlugs['municipalities'], townID: string | null): Promise<boolean> {
  if (!townID) return true
  const town = await req.payload.findByID({
    collection: municipalitiesSlug,
    id: townID,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { directory: true },
  })
  return town?.directory?.providerPublishing !== 'direct'
}
