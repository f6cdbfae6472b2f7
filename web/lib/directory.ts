import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { searchServices } from '../../cms/directory/searchServices'
import type { DirectoryFilters } from '../../shared/directoryParams'
import { SPOKEN_LANGUAGE_CODES } from '../../shared/languages'
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

/**
 * The languages services of a town are offered in, for the language filter. Reading every
 * service's languages is the one query here that grows with the directory, so it is cached
 * for five minutes.
 */
const spokenLanguagesOf = unstable_cache(
  async (townID: string): Promise<string[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'services',
      where: { municipality: { equals: townID } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { languages: true },
    })
    const used = new Set(docs.flatMap((d) => (d.languages as string[] | null) ?? []))
    return SPOKEN_LANGUAGE_CODES.filter((c) => used.has(c))
  },
  ['directory-languages'],
  { revalidate: 300, tags: ['directory'] },
)

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
