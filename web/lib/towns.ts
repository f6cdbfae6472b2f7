import { cache } from 'react'
import type { Municipality } from '@cms/payload-types'
import { isLocale, type Locale, LOCALE_CODES } from '@shared/locales'
import { type AllLocales, byLocale } from '@shared/localized'
import { ChangeMemo } from '@cms/cache/changeMemo'
import { TOWNS_TAG } from '@shared/cacheTags'
import { payloadClient } from './payload'

/** What every page of a town needs to know about it (header, languages, time zone). */
export interface TownSummary {
  id: string
  slug: string
  name: string
  kind: NonNullable<Municipality['kind']>
  defaultLocale: Locale
  enabledLocales: Locale[]
  primaryColor: string | null
  timeZone: string
  welcome: AllLocales<string>
}

/** A town with everything its own pages show (home, imprint, privacy, accessibility). */
export interface Town extends TownSummary {
  contact: NonNullable<Municipality['contact']>
  imprint: AllLocales<Municipality['imprint']>
  privacy: AllLocales<Municipality['privacy']>
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

type SummaryDoc = Pick<Municipality, 'id' | 'slug' | 'name' | 'kind' | 'defaultLocale' | 'enabledLocales' | 'theme' | 'timeZone' | 'welcome'>

function toSummary(doc: SummaryDoc): TownSummary {
  const enabled = (doc.enabledLocales ?? []).filter(isLocale)
  const defaultLocale = isLocale(doc.defaultLocale) ? doc.defaultLocale : 'de'
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind ?? 'city',
    defaultLocale,
    // Keep the shared order of languages whatever order the editor ticked them in.
    enabledLocales: LOCALE_CODES.filter((c) => enabled.includes(c) || c === defaultLocale),
    primaryColor: doc.theme?.primaryColor || null,
    timeZone: doc.timeZone || 'Europe/Berlin',
    welcome: byLocale(doc.welcome),
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
  return docs.map(toSummary)
})

declare global {
  /** The towns read by this process, by slug (on globalThis: Next.js may load this module once per route bundle). */
  var __integrationPortalTownMemo: ChangeMemo<Town | null> | undefined
}

/** Every change to a town's document or to the list of towns drops the memo (shared/cacheTags.ts). */
const townMemo = (globalThis.__integrationPortalTownMemo ??= new ChangeMemo<Town | null>((tag) => tag === TOWNS_TAG))

/**
 * One town by slug with everything its pages show, or null. Every page reads it, and it changes
 * a few times a year: kept in this process until the town (or the list of towns) changes.
 */
export const getTown = cache((slug: string): Promise<Town | null> => townMemo.get(slug, () => readTown(slug)))

async function readTown(slug: string): Promise<Town | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: { ...summarySelect, contact: true, imprint: true, privacy: true },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    ...toSummary(doc),
    contact: doc.contact ?? {},
    imprint: byLocale(doc.imprint),
    privacy: byLocale(doc.privacy),
  }
}
