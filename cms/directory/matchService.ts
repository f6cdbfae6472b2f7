import { Bitset } from '@shared/bitset'
import type { DirectoryFilters } from '@shared/directoryParams'
import { type Taxonomy, topicWithSubTopics } from './taxonomy'
import type { TownIndex } from './townIndex'

/** The taxonomy filters as IDs. */
export interface ResolvedFilters {
  /** The topic and every topic below it. */
  topics: Set<string> | null
  audience: string | null
  district: string | null
}

/** Taxonomy slugs from the URL to IDs; null when a filter names something the town lacks. */
export function resolveFilters(taxonomy: Taxonomy, f: DirectoryFilters): ResolvedFilters | null {
  const topic = f.topic ? taxonomy.topics.get(f.topic) : null
  const audience = f.audience ? taxonomy.audiences.get(f.audience) : null
  const district = f.district ? taxonomy.districts.get(f.district) : null
  if (topic === undefined || audience === undefined || district === undefined) return null
  return { topics: topic ? topicWithSubTopics(taxonomy, topic) : null, audience, district }
}

const NONE = new Bitset()

/** The services with a place in the district. */
function inDistrict(index: TownIndex, district: string): Bitset {
  const found = new Bitset()
  for (let place = 0; place < index.placeSlotCount; place++) {
    if (index.placeAt(place)?.district === district) for (const slot of index.servicesAt(place)) found.add(slot)
  }
  return found
}

/**
 * Everything but "open now" and "near me", for one search: the filters on values as one
 * intersection of the index's sets (`candidates`), and what is left to test service by
 * service (an end date passed, found by the query's words: `words`, null without words) as `passes`.
 */
export function selectServices(index: TownIndex, f: DirectoryFilters, resolved: ResolvedFilters, now: Date, organizationID: string | undefined, words: ReadonlyMap<number, number> | null) {
  let candidates = index.all
  const narrow = (set: Bitset | null) => (candidates = candidates.and(set ?? NONE))
  if (f.openNow) narrow(index.active)
  if (f.free) narrow(index.free)
  if (f.language) narrow(index.withLanguage(f.language))
  if (resolved.topics) narrow([...resolved.topics].reduce<Bitset>((union, topic) => union.or(index.withTopic(topic) ?? NONE), new Bitset()))
  if (resolved.audience) narrow(index.withAudience(resolved.audience))
  if (resolved.district) narrow(inDistrict(index, resolved.district))
  if (organizationID) narrow(Bitset.of(index.ofOrganization(organizationID)))

  const nowISO = now.toISOString()
  const { expiring } = index
  const passes = (slot: number): boolean => {
    if (expiring.has(slot) && (index.expiryOf(slot) ?? '') < nowISO) return false
    return !words || words.has(slot)
  }
  return { candidates, passes }
}
