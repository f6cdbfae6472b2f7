import { cache } from 'react'
import type { Where } from 'payload'
import type { Audience } from '@cms/payload-types'
import { townIndex } from '@cms/directory/directoryIndex'
import { ChangeMemo } from '@cms/cache/changeMemo'
import { noteExpiry, noteTags } from '@cms/cache/renderNotes'
import { pageTags, tagConcerns } from '@shared/cacheTags'
import { searchServices } from '@cms/directory/searchServices'
import type { DirectoryFilters } from '@shared/directoryParams'
import { SPOKEN_LANGUAGE_CODES } from '@shared/languages'
import { payloadClient } from './payload'

/** What every filter choice has: topics, audiences and districts alike (`name` in all languages). */
export type TaxonomyOption = Pick<Audience, 'id' | 'slug' | 'name'>

/** A town's whole list of one taxonomy, in the editors' order, as the public may see it. */
const taxonomyQuery = (townID: string): { where: Where; locale: 'all'; depth: 0; pagination: false; sort: string; overrideAccess: false } => ({
  where: { municipality: { equals: townID } },
  locale: 'all',
  depth: 0,
  pagination: false,
  sort: 'order',
  overrideAccess: false,
})

/**
 * The languages the town's services are offered in (from the directory index: no extra query;
 * its per-language sets, not a walk over every service, which cost an answer 3 % at 10,000).
 */
async function spokenLanguagesOf(townID: string): Promise<string[]> {
  const index = await townIndex(await payloadClient(), townID)
  const used = new Set(index.languagesOffered())
  return SPOKEN_LANGUAGE_CODES.filter((c) => used.has(c))
}

const TAXONOMIES = ['topics', 'audiences', 'districts'] as const

async function readTaxonomies(townID: string) {
  const payload = await payloadClient()
  const [topics, audiences, districts] = await Promise.all([
    payload.find({ collection: 'topics', ...taxonomyQuery(townID), select: { slug: true, name: true, parent: true, icon: true } }),
    payload.find({ collection: 'audiences', ...taxonomyQuery(townID), select: { slug: true, name: true } }),
    payload.find({ collection: 'districts', ...taxonomyQuery(townID), select: { slug: true, name: true } }),
  ])
  return { topics: topics.docs, audiences: audiences.docs, districts: districts.docs }
}

/**
 * The town's filter choices, read as the public (three queries with every language) on the
 * first directory page after a change to one of them, on any instance (the change bus).
 */
const taxonomies = new ChangeMemo<Awaited<ReturnType<typeof readTaxonomies>>>((tag) => tagConcerns(tag, TAXONOMIES))

/** The choices of the directory's filters: topics (with their tree and icon), audiences, districts, languages. */
export const directoryOptions = cache(async (townID: string) => {
  // The page shows them: a write to one of them must drop it, as a read through the Local API would have noted.
  noteTags(pageTags(townID, TAXONOMIES))
  const [lists, languages] = await Promise.all([taxonomies.get(townID, () => readTaxonomies(townID)), spokenLanguagesOf(townID)])
  return { ...lists, languages }
})

export type DirectoryOptions = Awaited<ReturnType<typeof directoryOptions>>

/** The directory's answer; `locale` is the reader's: their language's stemming and synonyms first, and where a search found nothing. */
export const findServices = cache(async (townID: string, timeZone: string, filters: DirectoryFilters, locale: string) => {
  const found = await searchServices(await payloadClient(), filters, { townID, timeZone, locale })
  // "Open now" results change when a candidate opens or closes.
  if (found.changesAt) noteExpiry(found.changesAt)
  return found
})
