/** The shape of the demo directory content (cms/seed/demoDirectory.ts). */
import type { Day } from '@shared/openingHours'
import type { AppointmentNeed, CostType, DeliveryMode, ServiceKind, ServiceStatus } from '@shared/vocabularies'

/** Texts by locale code; `de`, `en`, `ar` and `uk` are required for demo content. */
export type Texts = { de: string; en: string; ar: string; uk: string } & Partial<Record<'de-x-ls' | 'fa' | 'ru' | 'tr', string>>

/** One weekly opening slot, e.g. { days: ['mon', 'wed'], opens: '09:00', closes: '12:30' }. */
export interface DemoHours {
  days: Day[]
  opens: string
  closes: string
}

export interface DemoDistrict {
  town: 'eisenach' | 'schmalkalden-meiningen'
  key: string
  name: Texts
}

export interface DemoTopic {
  key: string
  name: Texts
  /** One of the icon names of web/components/Icon.tsx. */
  icon: string
  children?: { key: string; name: Texts; icon: string }[]
}

export interface DemoAudience {
  key: string
  name: Texts
  minAge?: number
  maxAge?: number
}

export interface DemoLocation {
  key: string
  /** Organisation slug (from demoData.ts DEMO_ORGANIZATIONS or EXTRA_ORGANIZATIONS). */
  org: string
  town: 'eisenach' | 'schmalkalden-meiningen'
  name: string
  street: string
  postalCode: string
  city: string
  latitude: number
  longitude: number
  /** District key of the same town. */
  district: string
  stepFree: boolean
  lift?: boolean
  accessibleToilet?: boolean
  hearingLoop?: boolean
  transport: Texts
  hours: DemoHours[]
  appointmentOnly?: boolean
}

export interface DemoService {
  town: 'eisenach' | 'schmalkalden-meiningen'
  /** Organisation slug. */
  org: string
  slug: string
  kind: ServiceKind
  title: Texts
  summary: Texts
  /** One to three short paragraphs, separated by blank lines. */
  description: Texts
  /** Topic keys (top-level or child). */
  topics: string[]
  /** Audience keys. */
  audiences: string[]
  /** ISO 639-1 codes where they exist, else ISO 639-3 (e.g. 'kmr' Kurmanji, 'prs' Dari, 'ti', 'ro'). */
  languages: string[]
  cost: { type: CostType; amount?: number; note?: Texts }
  eligibility?: Texts
  documents?: Texts
  howToApply?: Texts
  appointment: AppointmentNeed
  bookingUrl?: string
  delivery: DeliveryMode[]
  /** Location keys. */
  locations: string[]
  contactPerson?: string
  phone?: string
  email?: string
  /** How many days ago the provider last confirmed the entry (some > 200, to show stale entries). */
  verifiedDaysAgo: number
  status?: ServiceStatus
}
