/**
 * What the HSDS mapping reads from Payload: published documents in one language (texts are
 * strings), relationships as IDs (depth 0). The selects in read.ts ask for exactly these
 * fields, so staff-only ones (internal notes, review flags, search text, users) are never
 * even loaded.
 */

export interface HoursSource {
  slots?: { day: string; opens: string; closes: string }[] | null
  closedDates?: { date: string }[] | null
  closure?: { from?: string | null; to?: string | null; reason?: string | null } | null
  appointmentOnly?: boolean | null
}

export interface TownSource {
  id: string
  slug: string
  name: string
  ags?: string | null
  timeZone: string
  defaultLocale: string
  enabledLocales?: string[] | null
}

export interface OrganizationSource {
  id: string
  slug?: string | null
  name: string
  description?: string | null
  email?: string | null
  website?: string | null
  phone?: string | null
}

export interface LocationSource {
  id: string
  name: string
  organization?: string | null
  address?: { street?: string | null; postalCode?: string | null; city?: string | null } | null
  latitude: number
  longitude: number
  transport?: string | null
  accessibility?: { notes?: string | null } | null
  hours?: HoursSource | null
}

export interface TermSource {
  id: string
  kind: 'topics' | 'audiences'
  slug: string
  name: string
  parent?: string | null
}

export interface ServiceSource {
  id: string
  slug: string
  title: string
  summary?: string | null
  description?: unknown
  organization?: string | null
  topics?: string[] | null
  audiences?: string[] | null
  languages?: string[] | null
  cost?: { type?: string | null; amount?: number | null; note?: string | null } | null
  eligibility?: string | null
  requiredDocuments?: string | null
  howToApply?: string | null
  appointment?: { bookingUrl?: string | null } | null
  locations?: { location: string; ownHours?: boolean | null; hours?: HoursSource | null }[] | null
  contactPerson?: string | null
  email?: string | null
  phone?: string | null
  status?: string | null
  validFrom?: string | null
  validTo?: string | null
  lastVerifiedAt?: string | null
  updatedAt: string
}
