import type { Payload } from 'payload'
import { byLocale } from '@shared/localized'
import { SearchEngine } from '@shared/searchEngine'
import { parseQuery } from '@shared/searchQuery'
import { queryLocales } from './matchWords'
import { townSynonyms } from './synonyms'
import { TownCache } from './townCache'

/**
 * The site search's index of a town's guide pages, news and events: the same engine, words
 * and synonyms as the directory (services are searched there). What the public may read
 * (published), in all languages; read on the first search and again after the change bus
 * tells of a write to one of the three collections in the town (on any instance).
 */
export const SITE_COLLECTIONS = ['pages', 'news', 'events'] as const
export type SiteCollection = (typeof SITE_COLLECTIONS)[number]

interface Entry {
  collection: SiteCollection
  id: string
  /** Events: when the last occurrence ends (a past event is not found). */
  lastEnd: string | null
}

interface SiteIndex {
  engine: SearchEngine
  entries: readonly Entry[]
}

async function read(payload: Payload, townID: string): Promise<SiteIndex> {
  const query = { where: { municipality: { equals: townID } }, locale: 'all', depth: 0, pagination: false, overrideAccess: false } as const
  const [pages, news, events] = await Promise.all([
    payload.find({ collection: 'pages', ...query, select: { title: true, summary: true, searchText: true } }),
    payload.find({ collection: 'news', ...query, select: { title: true, lead: true, searchText: true } }),
    payload.find({ collection: 'events', ...query, select: { title: true, summary: true, searchText: true, lastEnd: true } }),
  ])
  const engine = new SearchEngine()
  const entries: Entry[] = []
  // Read with locale 'all': title and summary are objects by language (typed as one language's).
  const add = (collection: SiteCollection, id: string, title: string, summary: string | null | undefined, body: string | null | undefined, lastEnd: string | null = null) => {
    engine.put({ id: entries.length, title: byLocale(title), summary: byLocale(summary), body: body ?? '' })
    entries.push({ collection, id, lastEnd })
  }
  for (const doc of pages.docs) add('pages', String(doc.id), doc.title, doc.summary, doc.searchText)
  for (const doc of news.docs) add('news', String(doc.id), doc.title, doc.lead, doc.searchText)
  for (const doc of events.docs) add('events', String(doc.id), doc.title, doc.summary, doc.searchText, doc.lastEnd ?? null)
  return { engine, entries }
}

declare global {
  var __integrationPortalSiteIndex: TownCache<SiteIndex> | undefined
}
const cache = (globalThis.__integrationPortalSiteIndex ??= new TownCache(SITE_COLLECTIONS, read))

export type SiteFound = Record<SiteCollection, string[]>

/** The IDs of the town's pages, news and (not yet ended) events matching the query, best first; null without words. */
export async function searchSite(payload: Payload, townID: string, q: string, locale: string, now: Date): Promise<SiteFound | null> {
  const locales = queryLocales(locale)
  const [index, synonyms] = await Promise.all([cache.get(payload, townID), townSynonyms(payload, townID, locales)])
  const units = parseQuery(q, { locales, synonyms, isKnown: index.engine.isKnown })
  if (!units.length) return null
  const scores = index.engine.search(units, locale)
  const found: SiteFound = { pages: [], news: [], events: [] }
  const nowISO = now.toISOString()
  // Equal scores keep the collections' own order (as read: guide order, date).
  for (const [n] of [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const entry = index.entries[n]
    if (!entry || (entry.lastEnd && entry.lastEnd < nowISO)) continue
    found[entry.collection].push(entry.id)
  }
  return found
}
