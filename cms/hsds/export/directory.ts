import { summaryContext } from '../context'
import { mapLocation } from '../mapLocation'
import { mapService, type ServiceContext } from '../mapService'
import { mapTaxonomy, mapTerm, TAXONOMY_KINDS } from '../mapTaxonomy'
import { type HsdsOrganizationNested, nestOrganization } from '../nestOrganization'
import { findAllServices, findLocations, findOrganizations, findTerms, type Reader } from '../read'
import type { LocationSource, ServiceSource } from '../source'
import type { HsdsLocation, HsdsService, HsdsTaxonomy, HsdsTaxonomyTerm } from '../types'

/**
 * A town's whole public directory as HSDS objects, mapped exactly as the API maps them
 * (so an export and `/services/{id}` or `/organizations/{id}` never disagree), read in five
 * queries whatever the town's size. Both the JSON and the tabular export are made from it.
 */
export interface HsdsDirectory {
  /** Each as `/organizations/{id}`: phones, public locations, services (one-to-one fields). */
  organizations: HsdsOrganizationNested[]
  /** Each as `/services/{id}`. */
  services: HsdsService[]
  /** Every public location of the town, also those of an organisation that is not public. */
  locations: HsdsLocation[]
  taxonomies: HsdsTaxonomy[]
  taxonomy_terms: HsdsTaxonomyTerm[]
}

function groupBy<T>(items: T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (!k) continue
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

export async function readDirectory(r: Reader): Promise<HsdsDirectory> {
  const [organizations, locations, services, terms] = await Promise.all([findOrganizations(r), findLocations(r, 'all'), findAllServices(r), findTerms(r)])
  const ctx: ServiceContext = {
    ...(await summaryContext(r, new Set(organizations.map((o) => o.id)))),
    organizations: new Map(organizations.map((o) => [o.id, o])),
    locations: new Map(locations.map((l) => [l.id, l])),
    terms,
  }
  const locationsOf = groupBy<LocationSource>(locations, (l) => l.organization)
  const servicesOf = groupBy<ServiceSource>(services, (s) => s.organization)
  return {
    organizations: organizations.map((o) => nestOrganization(o, locationsOf.get(o.id) ?? [], servicesOf.get(o.id) ?? [], ctx)),
    services: services.map((s) => mapService(s, ctx)),
    locations: locations.map((l) => mapLocation(l, ctx)),
    taxonomies: TAXONOMY_KINDS.map((kind) => mapTaxonomy(kind, r.town, r.locale)),
    taxonomy_terms: [...terms.values()].map((t) => mapTerm(t, r.town, r.locale, terms)),
  }
}
