import type { PaginatedDocs, Where } from 'payload'
import { cache } from 'react'
import { parseDirectoryParams } from '@shared/directoryParams'
import { byLocale } from '@shared/localized'
import { normalizeForSearch, queryTerms } from '@shared/search'
import { findServices } from './directory'
import { payloadClient } from './payload'

/** One found guide page, event or news item, with the fields a result list shows. */
export interface ContentHit<D> {
  id: string
  slug: string
  /** Read in all languages: pass to `pickLocalized`. */
  title: string
  /** The one sentence lists show (news call it the lead); in all languages too. */
  summary: string | null | undefined
  /** The document as read, for what one kind of result adds (an event's next date). */
  doc: D
}

interface Found<D> {
  hits: ContentHit<D>[]
  total: number
}

const PER_SECTION = 10
// Read a few more than shown, so that ranking by title can bring the best ones forward.
const CANDIDATES = 40

/** How many query words a document's title contains, in any language. */
function titleScore(title: string, terms: string[]): number {
  const text = normalizeForSearch(Object.values(byLocale(title)).filter(Boolean).join(' '))
  return terms.filter((t) => text.includes(t)).length
}

/** The town's documents whose folded `searchText` contains every query word, as the public may see them. */
function searchQuery(townID: string, terms: string[], extraWhere: Where[] = []): { where: Where; locale: 'all'; depth: 0; limit: number; overrideAccess: false } {
  return {
    where: { and: [{ municipality: { equals: townID } }, ...terms.map((t) => ({ searchText: { like: t } })), ...extraWhere] },
    locale: 'all',
    depth: 0,
    limit: CANDIDATES,
    overrideAccess: false,
  }
}

/** The best candidates first: by how many query words their title has. */
function ranked<D extends { id: string; slug: string; title: string }>(res: PaginatedDocs<D>, terms: string[], summaryOf: (doc: D) => string | null | undefined): Found<D> {
  const hits = res.docs.map((doc) => ({ id: doc.id, slug: doc.slug, title: doc.title, summary: summaryOf(doc), doc }))
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
  const payload = await payloadClient()
  const now = new Date().toISOString()
  const [pages, events, news, services] = await Promise.all([
    payload
      .find({ collection: 'pages', ...searchQuery(townID, terms), select: { slug: true, title: true, summary: true, parent: true } })
      .then((res) => ranked(res, terms, (doc) => doc.summary)),
    payload
      .find({
        collection: 'events',
        ...searchQuery(townID, terms, [{ or: [{ lastEnd: { exists: false } }, { lastEnd: { greater_than_equal: now } }] }]),
        select: { slug: true, title: true, summary: true, start: true, end: true, allDay: true, recurrence: true, cancelled: true, lastEnd: true },
      })
      .then((res) => ranked(res, terms, (doc) => doc.summary)),
    payload
      .find({ collection: 'news', ...searchQuery(townID, terms), select: { slug: true, title: true, lead: true, publishedAt: true } })
      .then((res) => ranked(res, terms, (doc) => doc.lead)),
    findServices(townID, timeZone, parseDirectoryParams({ q: query })),
  ])
  return { terms, pages, events, news, services: { results: services.results.slice(0, PER_SECTION), total: services.total } }
})
