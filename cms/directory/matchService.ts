import type { DirectoryFilters } from '@shared/directoryParams'
import { queryTerms } from '@shared/search'
import type { IndexedService } from './indexEntries'
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

/**
 * Everything but "open now" and "near me" as one test of an indexed service, for this search.
 * Cheap tests first; the text last.
 */
export function matcher(index: TownIndex, f: DirectoryFilters, resolved: ResolvedFilters, now: Date, organizationID: string | undefined) {
  const terms = queryTerms(f.q)
  const nowISO = now.toISOString()
  const { topics, audience, district } = resolved
  const inDistrict = (service: IndexedService) => service.locations.some((row) => index.locations.get(row.id)?.district === district)
  return (service: IndexedService): boolean =>
    !(service.validTo && service.validTo < nowISO) &&
    (!f.openNow || service.status === 'active') &&
    (!organizationID || service.organization === organizationID) &&
    (!topics || service.topics.some((t) => topics.has(t))) &&
    (!audience || service.audiences.includes(audience)) &&
    (!f.language || service.languages.includes(f.language)) &&
    (!f.free || service.free) &&
    (!district || inDistrict(service)) &&
    terms.every((t) => service.searchText.includes(t))
}
