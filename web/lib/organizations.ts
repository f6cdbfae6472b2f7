import { cache } from 'react'
import { findTownDoc } from './findTownDoc'
import { payloadClient } from './payload'

/** A town's published organisations, as the public may see them. */
export const listOrganizations = cache(async (townID: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 0,
    limit: 100,
    sort: 'name',
    overrideAccess: false,
    select: { slug: true, name: true, kind: true, description: true, phone: true, email: true, website: true },
  })
  return docs
})

/** An organisation as the town's home lists it (`description` is read in all languages). */
export type OrganizationCard = Awaited<ReturnType<typeof listOrganizations>>[number]

/** One published organisation of a town, in all languages. */
export const getOrganization = cache((townID: string, slug: string) =>
  findTownDoc('organizations', townID, slug, {
    select: { name: true, slug: true, kind: true, description: true, website: true, email: true, phone: true },
  }),
)
