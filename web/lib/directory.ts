import { cache } from 'react'
import { townIndex } from '@cms/directory/directoryIndex'
import { searchServices } from '@cms/directory/searchServices'
import type { DirectoryFilters } from '@shared/directoryParams'
import { SPOKEN_LANGUAGE_CODES } from '@shared/languages'
import { payloadClient } from './payload'

type Localized = Record<string, string | null>

export interface TaxonomyOption {
  id: string
  slug: string
  name: Localized
  parent: string | null
  icon: string | null
}

async function taxonomy(collection: 'topics' | 'audiences' | 'districts', townID: string): Promise<TaxonomyOption[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    where: { municipality: { equals: townID } },
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'order',
    overrideAccess: false,
    select: collection === 'topics' ? { slug: true, name: true, parent: true, icon: true } : { slug: true, name: true },
  })
  return docs.map((d) => {
    const doc = d as unknown as Record<string, unknown>
    return {
      id: String(doc.id),
      slug: String(doc.slug),
      name: (doc.name as Localized) ?? {},
      parent: typeof doc.parent === 'string' ? doc.parent : null,
      icon: typeof doc.icon === 'string' ? doc.icon : null,
    }
  })
}

/** The languages the town's services are offered in (from the directory index: no extra query). */
async function spokenLanguagesOf(townID: string): Promise<string[]> {
  const index = await townIndex(await payloadClient(), townID)
  const used = new Set<string>()
  for (const service of index.services.values()) for (const code of service.languages) used.add(code)
  return SPOKEN_LANGUAGE_CODES.filter((c) => used.has(c))
}

export const directoryOptions = cache(async (townID: string) => {
  const [topics, audiences, districts, languages] = await Promise.all([
    taxonomy('topics', townID),
    taxonomy('audiences', townID),
    taxonomy('districts', townID),
    spokenLanguagesOf(townID),
  ])
  return { topics, audiences, districts, languages }
})

export type DirectoryOptions = Awaited<ReturnType<typeof directoryOptions>>

export const findServices = cache(async (townID: string, timeZone: string, filters: DirectoryFilters) =>
  searchServices(await payloadClient(), filters, { townID, timeZone }),
)
