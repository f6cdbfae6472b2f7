import { mapLocation } from './mapLocation'
import { mapOrganization } from './mapOrganization'
import { mapServiceSummary, type SummaryContext } from './mapService'
import type { LocationSource, OrganizationSource, ServiceSource } from './source'
import type { HsdsLocation, HsdsOrganization, HsdsServiceSummary } from './types'

export interface HsdsOrganizationNested extends HsdsOrganization {
  locations: HsdsLocation[]
  services: HsdsServiceSummary[]
}

/**
 * An organisation as `/organizations/{id}` serves it and the export lists it: its public
 * locations in full, its services with their one-to-one fields ("fully nested organization
 * with service array that contains simple information"). The caller passes only this
 * organisation's public locations and services.
 */
export function nestOrganization(o: OrganizationSource, locations: LocationSource[], services: ServiceSource[], ctx: SummaryContext): HsdsOrganizationNested {
  return {
    ...mapOrganization(o),
    locations: locations.map((l) => mapLocation(l, ctx)),
    services: services.map((s) => mapServiceSummary(s, ctx)),
  }
}
