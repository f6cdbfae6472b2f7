import { cache } from 'react'
import { payloadClient } from './payload'

export interface OrganizationCard {
  id: string
  slug: string
  name: string
  kind: string
  description: Partial<Record<string, string | null>>
  phone: string | null
  email: string | null
  website: string | null
}

/** A town's published organisations, as the public may see them. */
export const listOrganizations = cache(async (townID: string): Promise<OrganizationCard[]> => {
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
  return docs.map((d) => {
    const doc = d as unknown as Record<string, unknown>
    return {
      id: String(doc.id),
      slug: String(doc.slug),
      name: String(doc.name),
      kind: String(doc.kind),
      description: (doc.description as OrganizationCard['description']) ?? {},
      phone: (doc.phone as string) || null,
      email: (doc.email as string) || null,
      website: (doc.website as string) || null,
    }
  })
})
