import type { Where } from 'payload'
import { cache } from 'react'
import { parseDirectoryParams } from '@shared/directoryParams'
import { normalizeForSearch, queryTerms } from '@shared/search'
import { findServices } from './directory'
import { payloadClient } from './payload'

type Localized = Record<string, string | null>
type ContentCollection = 'pages' | 'events' | 'news'

export interface ContentHit {
  id: string
  slug: string
  title: Localized
  summary: Localized
  doc: Record<string, unknown>
}

const PER_SECTION = 10
// Read a few more than shown, so that ranking by title can bring the best ones forward.
const CANDIDATES = 40

const SUMMARY_FIELD: Record<ContentCollection, string> = { pages: 'summary', events: 'summary', news: 'lead' }
const EXTRA_FIELDS: Record<ContentCollection, Record<string, true>> = {
  pages: { parent: true },
  events: { start: true, end: true, allDay: true, recurrence: true, cancelled: true, lastEnd: true },
  news: { publishedAt: true },
}

/** How many query words a document's title contains, in any language. */
function titleScore(title: Localized, terms: string[]): number {
  const text = normalizeForSearch(Object.values(title).filter(Boolean).join(' '))
  return terms.filter((t) => text.includes(t)).length
}

async function searchCollection(collection: ContentCollection, townID: string, terms: string[], extraWhere: Where[] = []): Promise<{ hits: ContentHit[]; total: number }> {
  const payload = await payloadClient()
  const summary = SUMMARY_FIELD[collection]
  const res = await payload.find({
    collection,
    where: { and: [{ municipality: { equals: townID } }, ...terms.map((t) => ({ searchText: { like: t } })), ...extraWhere] },
    locale: 'all',
    depth: 0,
    limit: CANDIDATES,
    overrideAccess: false,
    select: { slug: true, title: true, [summary]: true, ...EXTRA_FIELDS[collection] },
  })
  const hits = res.docs.map((d) => {
    const doc = d as unknown as Record<string, unknown>
    return { id: String(doc.id), slug: String(doc.slug), title: (doc.title as Localized) ?? {}, summary: (doc[summary] as Localized) ?? {}, doc }
  })
  // Stable sort: equal scores keep the collection's own order (guide order, date).
  hits.sort((a, b) => titleScore(b.title, terms) - titleScore(a.title, terms))
  return { hits: hits.slice(0, PER_SECTION), total: res.totalDocs }
}

/**
 * Site-wide search over guide pages, services, events and news, in all languages at once
 * (each collection keeps a folded `searchText` of every language). Past events are left out.
 */
export const siteSearch = cache(async (townID: string, timeZone: string, query: string) => {
  const terms = queryTerms(query)
  if (!terms.length) return null
  const now = new Date().toISOString()
  const [pages, events, news, services] = await Promise.all([
    searchCollection('pages', townID, terms),
    searchCollection('events', townID, terms, [{ or: [{ lastEnd: { exists: false } }, { lastEnd: { greater_than_equal: now } }] }]),
    searchCollection('news', townID, terms),
    findServices(townID, timeZone, parseDirectoryParams({ q: query })),
  ])
  return { terms, pages, events, news, services: { results: services.results.slice(0, PER_SECTION), total: services.total } }
})
