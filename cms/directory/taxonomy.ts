import type { Payload } from 'payload'
import { byLocale } from '@shared/localized'
import { SearchEngine } from '@shared/searchEngine'
import { TownCache } from './townCache'

/**
 * The town's topics, audiences and districts as the directory's filters need them: from the
 * slug in the URL to IDs, and each topic's sub-topics. A few dozen documents per town, read
 * once (three queries) instead of up to a dozen queries per search, and read again after the
 * change bus tells of a write to one of them (on any instance).
 */
export interface Taxonomy {
  topics: ReadonlyMap<string, string>
  /** Topic ID → IDs of its direct sub-topics. */
  subTopics: ReadonlyMap<string, readonly string[]>
  audiences: ReadonlyMap<string, string>
  districts: ReadonlyMap<string, string>
  /** The topics' names in every language, as a search engine over topic numbers (`topicIDs`): topic names count as words of their services. */
  topicWords: SearchEngine
  topicIDs: readonly string[]
}

const COLLECTIONS = ['topics', 'audiences', 'districts'] as const
/** The admin allows deep trees; in practice they are two or three levels. */
const MAX_DEPTH = 10

async function read(payload: Payload, townID: string): Promise<Taxonomy> {
  const query = { where: { municipality: { equals: townID } }, depth: 0, pagination: false, overrideAccess: false } as const
  const [topics, audiences, districts] = await Promise.all([
    payload.find({ collection: 'topics', ...query, locale: 'all', select: { slug: true, parent: true, name: true } }),
    payload.find({ collection: 'audiences', ...query, select: { slug: true } }),
    payload.find({ collection: 'districts', ...query, select: { slug: true } }),
  ])
  const subTopics = new Map<string, string[]>()
  for (const topic of topics.docs) {
    const parent = typeof topic.parent === 'object' ? topic.parent?.id : topic.parent
    if (parent) subTopics.set(String(parent), [...(subTopics.get(String(parent)) ?? []), String(topic.id)])
  }
  // In the collections' order (`order`): with a slug twice, the first wins, as a search by slug finds it first.
  const bySlug = (docs: { id: string | number; slug?: string | null }[]) => {
    const map = new Map<string, string>()
    for (const d of docs) if (d.slug && !map.has(d.slug)) map.set(d.slug, String(d.id))
    return map
  }
  const topicWords = new SearchEngine()
  const topicIDs = topics.docs.map((topic) => String(topic.id))
  topics.docs.forEach((topic, i) => topicWords.put({ id: i, title: byLocale(topic.name), summary: {}, body: '' }))
  return { topics: bySlug(topics.docs), subTopics, audiences: bySlug(audiences.docs), districts: bySlug(districts.docs), topicWords, topicIDs }
}

declare global {
  var __integrationPortalDirectoryTaxonomy: TownCache<Taxonomy> | undefined
}
/** Per Payload instance and town, dropped by the change bus on a write to one of the three (`TownCache`). */
const cache = (globalThis.__integrationPortalDirectoryTaxonomy ??= new TownCache(COLLECTIONS, read))

export function townTaxonomy(payload: Payload, townID: string): Promise<Taxonomy> {
  return cache.get(payload, townID)
}

/** A topic and every topic below it: "Language and education" finds language courses too. */
export function topicWithSubTopics(taxonomy: Taxonomy, topicID: string): Set<string> {
  const all = new Set([topicID])
  let level = [topicID]
  for (let depth = 0; level.length && depth < MAX_DEPTH; depth++) {
    level = level.flatMap((id) => taxonomy.subTopics.get(id) ?? []).filter((id) => !all.has(id))
    for (const id of level) all.add(id)
  }
  return all
}
