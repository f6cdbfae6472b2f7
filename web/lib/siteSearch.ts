import type { Where } from 'payload'
import { cache } from 'react'
import { searchSite } from '@cms/directory/siteIndex'
import { recordMiss } from '@cms/directory/searchMisses'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
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

/** The shown documents by ID, as the public may read them, in the engine's order (best first). */
function byIDs(ids: string[]): { where: Where; locale: 'all'; depth: 0; pagination: false; overrideAccess: false } {
  return { where: { id: { in: ids.slice(0, PER_SECTION) } }, locale: 'all', depth: 0, pagination: false, overrideAccess: false }
}

/** The first documents of `ids`, read as the public may (`read` gets the query), in that order; the total is all of `ids`. */
async function hitsOf<D extends { id: string; slug: string; title: string }>(
  ids: string[],
  read: (query: ReturnType<typeof byIDs>) => Promise<D[]>,
  summaryOf: (doc: D) => string | null | undefined,
): Promise<Found<D>> {
  if (!ids.length) return { hits: [], total: 0 }
  const docs = await read(byIDs(ids))
  const byID = new Map(docs.map((doc) => [String(doc.id), doc]))
  const hits = ids.flatMap((id) => {
    const doc = byID.get(id)
    return doc ? [{ id: doc.id, slug: doc.slug, title: doc.title, summary: summaryOf(doc), doc }] : []
  })
  return { hits, total: ids.length }
}

/**
 * Site-wide search over guide pages, services, events and news with the directory's engine
 * (cms/directory/siteIndex.ts and searchServices.ts): stems in the reader's language, German
 * and English, compounds, typos and the town's synonyms. Past events are left out. A search
 * that finds nothing anywhere is counted for the staff (never with digits or an "@").
 */
export const siteSearch = cache(async (townID: string, timeZone: string, query: string, locale: string) => {
  const payload = await payloadClient()
  const now = new Date()
  const found = await searchSite(payload, townID, query, locale, now)
  if (!found) return null
  const [pages, events, news, services] = await Promise.all([
    hitsOf(
      found.pages,
      async (where) => (await payload.find({ collection: 'pages', ...where, select: { slug: true, title: true, summary: true, parent: true } })).docs,
      (doc) => doc.summary,
    ),
    hitsOf(
      found.events,
      async (where) =>
        (await payload.find({ collection: 'events', ...where, select: { slug: true, title: true, summary: true, start: true, end: true, allDay: true, recurrence: true, cancelled: true, lastEnd: true } })).docs,
      (doc) => doc.summary,
    ),
    hitsOf(found.news, async (where) => (await payload.find({ collection: 'news', ...where, select: { slug: true, title: true, lead: true, publishedAt: true } })).docs, (doc) => doc.lead),
    searchServices(payload, parseDirectoryParams({ q: query }), { townID, timeZone, locale, now, recordMisses: false }),
  ])
  if (!pages.total && !events.total && !news.total && !services.total) recordMiss(payload, { townID, locale, query, now })
  return { pages, events, news, services: { results: services.results.slice(0, PER_SECTION), total: services.total } }
})

