/**
 * An HSDS file as the import understands it: each organisation, location and service once,
 * with only what our collections can hold, references still as HSDS ids.
 */

export interface ScheduleIn {
  byday: string
  opens: string
  closes: string
  validFrom?: string
  validTo?: string
  notes?: string
  link?: string
}

export interface OrganizationIn {
  id: string
  path: string
  name: string
  description?: string
  email?: string
  website?: string
  phone?: string
}

export interface LocationIn {
  id: string
  path: string
  name: string
  organizationId?: string
  transport?: string
  latitude: number
  longitude: number
  address?: { street: string; postalCode: string; city: string }
  accessibility?: string
  schedules: ScheduleIn[]
}

export interface TermIn {
  /** From `link_type` or a qualified code ("topics:women"); absent for other publishers' vocabularies. */
  kind?: 'topics' | 'audiences'
  code?: string
  name?: string
}

export interface ServiceIn {
  id: string
  path: string
  name: string
  organizationId?: string
  description?: string
  email?: string
  status?: string
  howToApply?: string
  feesDescription?: string
  eligibility?: string
  assured?: string
  phone?: string
  languages: string[]
  cost?: { amount?: number; currency?: string; description?: string }
  requiredDocuments?: string
  contact?: string
  terms: TermIn[]
  at: { locationId: string; schedules: ScheduleIn[] }[]
}

export interface HsdsInput {
  organizations: OrganizationIn[]
  locations: LocationIn[]
  services: ServiceIn[]
  /** The file's `language`, if it says. */
  language?: string
}
