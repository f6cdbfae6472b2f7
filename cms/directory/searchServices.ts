import type { Payload } from 'payload'
import type { DirectoryFilters } from '@shared/directoryParams'
import { distanceKm, type LatLng } from '@shared/geo'
import { byLocale } from '@shared/localized'
import { localTime, openState, type OpenState } from '@shared/openingHours'
import { zonedTimeToInstant } from '@shared/recurrence'
import { queryTerms } from '@shared/search'
import type { Location, Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import { type IndexedLocation, type IndexedService, type TownIndex, townIndex } from './directoryIndex'
import { type StoredHours, toHours } from './serviceHours'

/** How far "near me" looks. */
export const NEAR_RADIUS_KM = 30
export const PAGE_SIZE = 20

export interface DirectoryLocation {
  id: string
  name: string
  address: { street?: string | null; postalCode?: string | null; city?: string | null }
  latitude: number
  longitude: number
  district: string | null
  hours: StoredHours | null
  transport?: Record<string, string | null> | null
}

export interface DirectoryResult {
  id: string
  slug: string
  title: Record<string, string | null>
  summary: Record<string, string | null>
  kind: string
  status: string
  languages: string[]
  cost: { type?: string | null; amount?: number | null }
  organization: { name: string; slug: string } | null
  locations: DirectoryLocation[]
  lastVerifiedAt: string | null
  open: OpenState
  distanceKm: number | null
}

export interface DirectoryPage {
  results: DirectoryResult[]
  total: number
  page: number
  totalPages: number
  /** With "open now": when the first candidate opens or closes, and so the results change. */
  changesAt?: Date | null
}

interface Context {
  townID: string
  /** Only this organisation's services (the organisation page). */
  organizationID?: string
  timeZone: string
  now?: Date
  pageSize?: number
}

async function idsBySlug(payload: Payload, collection: 'topics' | 'audiences' | 'districts', townID: string, slug: string) {
  const { docs } = await payload.find({
    collection,
    where: { and: [{ municipality: { equals: townID } }, { slug: { equals: slug } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: {},
  })
  return docs.map((d) => String(d.id))
}

/** A topic and all topics below it: "Language and education" finds language courses too. */
async function topicWithChildren(payload: Payload, townID: string, slug: string): Promise<string[]> {
  const all = await idsBySlug(payload, 'topics', townID, slug)
  let level = all
  // The admin allows deep trees; in practice they are two or three levels.
  for (let depth = 0; level.length && depth < 10; depth++) {
    const { docs } = await payload.find({
      collection: 'topics',
      where: { parent: { in: level } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: {},
    })
    level = docs.map((d) => String(d.id)).filter((id) => !all.includes(id))
    all.push(...level)
  }
  return all
}

interface Resolved {
  topics: Set<string> | null
  audiences: Set<string> | null
  districts: Set<string> | null
}

/** Taxonomy slugs from the URL to IDs; null when a filter names something the town lacks. */
async function resolve(payload: Payload, townID: string, f: DirectoryFilters): Promise<Resolved | null> {
  const [topics, audiences, districts] = await Promise.all([
    f.topic ? topicWithChildren(payload, townID, f.topic) : null,
    f.audience ? idsBySlug(payload, 'audiences', townID, f.audience) : null,
    f.district ? idsBySlug(payload, 'districts', townID, f.district) : null,
  ])
  if ((topics && !topics.length) || (audiences && !audiences.length) || (districts && !districts.length)) return null
  return { topics: topics && new Set(topics), audiences: audiences && new Set(audiences), districts: districts && new Set(districts) }
}

const someIn = (values: string[], set: Set<string>) => values.some((v) => set.has(v))

/** A service's locations with the hours that apply there (its own where they differ). */
function placesOf(service: IndexedService, index: TownIndex): IndexedLocation[] {
  return service.locations.flatMap((row) => {
    const l = index.locations.get(row.id)
    return l ? [row.hours ? { ...l, hours: row.hours } : l] : []
  })
}

const resultSelect = {
  slug: true,
  title: true,
  summary: true,
  kind: true,
  status: true,
  languages: true,
  cost: true,
  organization: true,
  locations: true,
  lastVerifiedAt: true,
} as const

const populate = {
  organizations: { name: true, slug: true },
  locations: { name: true, address: true, latitude: true, longitude: true, district: true, hours: true, transport: true },
} as const

/** A service as the result page reads it (`resultSelect`, locations and organisation populated). */
type ResultDoc = Pick<Service, 'id' | keyof typeof resultSelect>

/** A populated location (an id alone means the reader may not see it). */
function toLocation(value: string | Location): DirectoryLocation | null {
  if (typeof value !== 'object') return null
  const l = value
  if (typeof l.latitude !== 'number' || typeof l.longitude !== 'number') return null
  return {
    id: String(l.id),
    name: String(l.name ?? ''),
    address: l.address ?? {},
    latitude: l.latitude,
    longitude: l.longitude,
    district: idOf(l.district),
    hours: l.hours ?? null,
    // Read with `locale: 'all'`: by language.
    transport: l.transport ? byLocale(l.transport) : null,
  }
}

/** The service's locations, each with the hours that apply there (its own where they differ). */
function serviceLocations(doc: ResultDoc): DirectoryLocation[] {
  const rows = doc.locations ?? []
  return rows
    .map((row) => {
      const location = toLocation(row.location)
      return location && row.ownHours && row.hours ? { ...location, hours: row.hours } : location
    })
    .filter((l): l is DirectoryLocation => l !== null)
}

/** Open if any location is open; otherwise the earliest next opening. */
export function combinedOpenState(locations: readonly Pick<DirectoryLocation, 'hours'>[], now: Date, timeZone: string, local = localTime(now, timeZone)): OpenState {
  const states = locations.map((l) => openState(toHours(l.hours), now, timeZone, local))
  const open = states.find((s) => s.state === 'open')
  if (open) return open
  const next = states
    .flatMap((s) => (s.state === 'closed' && s.opensAt ? [s.opensAt] : []))
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`))[0]
  if (next) return { state: 'closed', opensAt: next }
  return states.some((s) => s.state === 'closed') ? { state: 'closed', opensAt: null } : { state: 'unknown' }
}

function toResult(doc: ResultDoc, now: Date, timeZone: string, near: LatLng | null): DirectoryResult {
  const locations = serviceLocations(doc)
  const org = typeof doc.organization === 'object' ? doc.organization : null
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    // Read with `locale: 'all'`: the texts by language.
    title: byLocale(doc.title),
    summary: byLocale(doc.summary),
    kind: String(doc.kind ?? ''),
    status: String(doc.status ?? 'active'),
    languages: doc.languages ?? [],
    cost: doc.cost ?? {},
    organization: org ? { name: String(org.name), slug: String(org.slug) } : null,
    locations,
    lastVerifiedAt: doc.lastVerifiedAt ?? null,
    open: combinedOpenState(locations, now, timeZone),
    distanceKm: near && locations.length ? Math.min(...locations.map((l) => distanceKm(near, l))) : null,
  }
}

/**
 * The directory search, as the public sees it: filters, "open now" and distance run over the
 * town's in-memory index (directoryIndex.ts); the full documents of the requested page are
 * then read through the Local API with the public's access rules.
 */
export async function searchServices(payload: Payload, f: DirectoryFilters, ctx: Context): Promise<DirectoryPage> {
  const now = ctx.now ?? new Date()
  const pageSize = ctx.pageSize ?? PAGE_SIZE
  const empty = { results: [], total: 0, page: 1, totalPages: 0 }
  const [index, resolved] = await Promise.all([townIndex(payload, ctx.townID), resolve(payload, ctx.townID, f)])
  if (!resolved) return empty
  const terms = queryTerms(f.q)
  const local = localTime(now, ctx.timeZone)

  const ranked: { service: IndexedService; distance: number | null }[] = []
  const nowISO = now.toISOString()
  let nextChange: { date: string; time: string } | null = null
  for (const service of index.services.values()) {
    if (service.validTo && service.validTo < nowISO) continue
    if (f.openNow && service.status !== 'active') continue
    if (ctx.organizationID && service.organization !== ctx.organizationID) continue
    if (resolved.topics && !someIn(service.topics, resolved.topics)) continue
    if (resolved.audiences && !someIn(service.audiences, resolved.audiences)) continue
    if (f.language && !service.languages.includes(f.language)) continue
    if (f.free && !service.free) continue
    if (terms.length && !terms.every((t) => service.searchText.includes(t))) continue
    const needsPlaces = resolved.districts || f.openNow || f.near
    const places = needsPlaces ? placesOf(service, index) : []
    if (resolved.districts && !places.some((p) => p.district && resolved.districts?.has(p.district))) continue
    if (f.openNow) {
      const state = combinedOpenState(places, now, ctx.timeZone, local)
      // "Open now" results change when any candidate opens or closes: remember the earliest.
      const at = state.state === 'open' ? state.closesAt : state.state === 'closed' ? state.opensAt : null
      if (at && (!nextChange || `${at.date} ${at.time}` < `${nextChange.date} ${nextChange.time}`)) nextChange = at
      if (state.state !== 'open') continue
    }
    let distance: number | null = null
    const near = f.near
    if (near) {
      if (!places.length) continue
      distance = Math.min(...places.map((p) => distanceKm(near, p)))
      if (distance > NEAR_RADIUS_KM) continue
    }
    ranked.push({ service, distance })
  }
  // Slugs are ASCII: a plain comparison is exact and far cheaper than localeCompare.
  const bySlug = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  ranked.sort((a, b) => (f.near ? (a.distance ?? 0) - (b.distance ?? 0) : 0) || bySlug(a.service.slug, b.service.slug))

  const totalPages = Math.ceil(ranked.length / pageSize)
  const page = Math.min(f.page, Math.max(totalPages, 1))
  const changesAt = nextChange ? zonedTimeToInstant(nextChange.date, nextChange.time, ctx.timeZone) : null
  const pageIDs = ranked.slice((page - 1) * pageSize, page * pageSize).map((r) => r.service.id)
  if (!pageIDs.length) return { results: [], total: ranked.length, page, totalPages, changesAt }
  const { docs } = await payload.find({
    collection: 'services',
    where: { id: { in: pageIDs } },
    locale: 'all',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    select: resultSelect,
    populate,
  })
  const byID = new Map(docs.map((d) => [String(d.id), toResult(d, now, ctx.timeZone, f.near)]))
  return { results: pageIDs.map((id) => byID.get(id)).filter((r): r is DirectoryResult => Boolean(r)), total: ranked.length, page, totalPages, changesAt }
}
