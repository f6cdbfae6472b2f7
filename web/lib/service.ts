import { cache } from 'react'
import { findTownDoc } from './findTownDoc'

/** One published service of a town, in all languages, with its organisation, taxonomy and locations. */
export const getService = cache((townID: string, slug: string) =>
  findTownDoc('services', townID, slug, {
    depth: 2,
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
      organizations: { name: true, slug: true, website: true, phone: true, email: true },
      topics: { name: true, slug: true, icon: true },
      audiences: { name: true, slug: true, minAge: true, maxAge: true },
      locations: { name: true, address: true, latitude: true, longitude: true, district: true, accessibility: true, transport: true, hours: true },
      districts: { name: true, slug: true },
    },
  }),
)

/** A service as `getService` reads it. */
export type ServiceDoc = NonNullable<Awaited<ReturnType<typeof getService>>>
