import { cache } from 'react'
import { payloadClient } from './payload'

type Doc = Record<string, unknown>

/** One published service of a town, with its organisation, taxonomy and locations. */
export const getService = cache(async (townID: string, slug: string): Promise<Doc | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { and: [{ municipality: { equals: townID } }, { slug: { equals: slug } }] },
    locale: 'all',
    depth: 2,
    limit: 1,
    overrideAccess: false,
    select: {
      slug: true,
      title: true,
      summary: true,
      description: true,
      kind: true,
      status: true,
      organization: true,
      topics: true,
      audiences: true,
      languages: true,
      cost: true,
      eligibility: true,
      requiredDocuments: true,
      howToApply: true,
      appointment: true,
      delivery: true,
      locations: true,
      contactPerson: true,
      phone: true,
      email: true,
      lastVerifiedAt: true,
    },
    populate: {
      organizations: { name: true, slug: true, website: true },
      topics: { name: true, slug: true, icon: true },
      audiences: { name: true, slug: true, minAge: true, maxAge: true },
      locations: { name: true, address: true, latitude: true, longitude: true, district: true, accessibility: true, transport: true, hours: true },
      districts: { name: true, slug: true },
    },
  })
  return (docs[0] as unknown as Doc) ?? null
})

/** One published organisation of a town and its published services. */
export const getOrganization = cache(async (townID: string, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { and: [{ municipality: { equals: townID } }, { slug: { equals: slug } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: { name: true, slug: true, kind: true, description: true, website: true, email: true, phone: true },
  })
  const org = docs[0] as unknown as Doc | undefined
  if (!org) return null
  return org
})
