/**
 * The HSDS 3.0 objects this API serves (only the properties we fill). Optional properties
 * are left out rather than null: the schemas type them as strings and numbers, not nullable.
 */

export interface HsdsPhone {
  id: string
  service_id?: string
  organization_id?: string
  number: string
}

export interface HsdsSchedule {
  id: string
  service_id?: string
  location_id?: string
  service_at_location_id?: string
  valid_from?: string
  valid_to?: string
  freq: 'WEEKLY'
  wkst: 'MO'
  byday: string
  opens_at: string
  closes_at: string
  schedule_link?: string
  notes?: string
}

export interface HsdsLanguage {
  id: string
  service_id?: string
  name: string
  code: string
}

export interface HsdsAddress {
  id: string
  location_id: string
  address_1: string
  city: string
  state_province: string
  postal_code: string
  country: string
  address_type: 'physical'
}

export interface HsdsAccessibility {
  id: string
  location_id: string
  description: string
}

export interface HsdsLocation {
  id: string
  location_type: 'physical'
  organization_id?: string
  name: string
  transportation?: string
  latitude: number
  longitude: number
  addresses: HsdsAddress[]
  accessibility: HsdsAccessibility[]
  schedules: HsdsSchedule[]
}

export interface HsdsOrganization {
  id: string
  name: string
  description: string
  email?: string
  website?: string
  phones?: HsdsPhone[]
  locations?: HsdsLocation[]
}

export interface HsdsTaxonomy {
  id: string
  name: string
  description: string
}

export interface HsdsTaxonomyTerm {
  id: string
  code: string
  name: string
  description: string
  parent_id?: string
  taxonomy: string
  taxonomy_id: string
  taxonomy_detail: HsdsTaxonomy
  language: string
}

export interface HsdsAttribute {
  id: string
  link_id: string
  /** What the term says about the service: 'topic' or 'audience'. */
  link_type: 'topic' | 'audience'
  link_entity: 'service'
  taxonomy_term_id: string
  taxonomy_term: HsdsTaxonomyTerm
}

export interface HsdsCostOption {
  id: string
  service_id: string
  currency?: string
  amount?: number
  amount_description?: string
}

export interface HsdsServiceAtLocation {
  id: string
  service_id: string
  location_id: string
  location: HsdsLocation
  schedules: HsdsSchedule[]
}

export type HsdsStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed'

/** A service as listed (one-to-one fields only, per `compiled/service_list.json`). */
export interface HsdsServiceSummary {
  id: string
  organization_id?: string
  name: string
  description?: string
  url?: string
  email?: string
  status: HsdsStatus
  application_process?: string
  fees_description?: string
  eligibility_description?: string
  assured_date?: string
  last_modified: string
}

/** A service with everything it refers to (per `compiled/service_with_definitions.json`). */
export interface HsdsService extends HsdsServiceSummary {
  organization?: HsdsOrganization
  phones: HsdsPhone[]
  service_at_locations: HsdsServiceAtLocation[]
  languages: HsdsLanguage[]
  cost_options: HsdsCostOption[]
  required_documents: { id: string; service_id: string; document: string }[]
  contacts: { id: string; service_id: string; name: string }[]
  attributes: HsdsAttribute[]
}
