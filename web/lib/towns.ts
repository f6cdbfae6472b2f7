import { cache } from 'react'
import { isLocale, type Locale, LOCALE_CODES } from '@shared/locales'
import { payloadClient } from './payload'

type Localized<T> = Partial<Record<string, T | null>>

export interface TownSummary {
  id: string
  slug: string
  name: string
  kind: string
  defaultLocale: Locale
  enabledLocales: Locale[]
  primaryColor: string | null
  timeZone: string
  welcome: Localized<string>
}

export interface Town extends TownSummary {
  contact: {
    office?: string | null
    street?: string | null
    postalCode?: string | null
    city?: string | null
    email?: string | null
    phone?: string | null
    website?: string | null
  }
  imprint: Localized<unknown>
  privacy: Localized<unknown>
  logo: { url?: string | null; alt?: Localized<string>; width?: number | null; height?: number | null } | null
}

const summarySelect = {
  slug: true,
  name: true,
  kind: true,
  defaultLocale: true,
  enabledLocales: true,
  theme: true,
  timeZone: true,
  welcome: true,
} as const

function toSummary(doc: Record<string, unknown>): TownSummary {
  const enabled = Array.isArray(doc.enabledLocales) ? doc.enabledLocales.filter(isLocale) : []
  const defaultLocale = isLocale(doc.defaultLocale) ? doc.defaultLocale : 'de'
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    name: String(doc.name),
    kind: String(doc.kind ?? 'city'),
    defaultLocale,
    // Keep the shared order of languages whatever order the editor ticked them in.
    enabledLocales: LOCALE_CODES.filter((c) => enabled.includes(c) || c === defaultLocale),
    primaryColor: ((doc.theme as { primaryColor?: string } | undefined)?.primaryColor ?? null) || null,
    timeZone: typeof doc.timeZone === 'string' ? doc.timeZone : 'Europe/Berlin',
    welcome: (doc.welcome as Localized<string>) ?? {},
  }
}

/** All towns, for the town chooser. Read as the public: access rules apply. */
export const listTowns = cache(async (): Promise<TownSummary[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'municipalities',
    locale: 'all',
    depth: 0,
    limit: 200,
    sort: 'name',
    overrideAccess: false,
    select: summarySelect,
  })
  return docs.map((d) => toSummary(d as unknown as Record<string, unknown>))
})

/** One town by slug with everything its pages show, or null. */
export const getTown = cache(async (slug: string): Promise<Town | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    select: { ...summarySelect, contact: true, imprint: true, privacy: true, logo: true },
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  return {
    ...toSummary(doc),
    contact: (doc.contact as Town['contact']) ?? {},
    imprint: (doc.imprint as Localized<unknown>) ?? {},
    privacy: (doc.privacy as Localized<unknown>) ?? {},
    logo: doc.logo && typeof doc.logo === 'object' ? (doc.logo as Town['logo']) : null,
  }
})
