import type { Payload } from 'payload'
import type { DirectoryFilters } from '@shared/directoryParams'
import { distanceKm, type LatLng } from '@shared/geo'
import { byLocale } from '@shared/localized'
import { localTime, openState, type OpenState } from '@shared/openingHours'
import type { Location, Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import { townIndex } from './directoryIndex'
import type { IndexedService } from './indexEntries'
import { nearest } from './nearest'
import { OpenNow } from './openNow'
import { type StoredHours, toHours } from './serviceHours'
import { matcher, resolveFilters } from './matchService'
import { townTaxonomy } from './taxonomy'

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
 * town's in-memory index (directoryIndex.ts), which keeps services in result order, places in
 * a grid and opening hours as weekly intervals; only the requested page's documents are then
 * read, in one Local API call with the public's access rules.
 */
export async function searchServices(payload: Payload, f: DirectoryFilters, ctx: Context): Promise<DirectoryPage> {
  const now = ctx.now ?? new Date()
  const pageSize = ctx.pageSize ?? PAGE_SIZE
  const [index, taxonomy] = await Promise.all([townIndex(payload, ctx.townID), townTaxonomy(payload, ctx.townID)])
  const resolved = resolveFilters(taxonomy, f)
  if (!resolved) return { results: [], total: 0, page: 1, totalPages: 0 }
  const matches = matcher(index, f, resolved, now, ctx.organizationID)
  const open = f.openNow ? new OpenNow(now, ctx.timeZone) : null
  const accepts = open ? (service: IndexedService) => matches(service) && open.isOpen(service, index.locations) : matches

  let total: number
  let inOrder: readonly IndexedService[]
  if (f.near) {
    // Only services within the radius can be shown: "open now" looks at those alone.
    const found = nearest(index, f.near, NEAR_RADIUS_KM, accepts, f.page * pageSize)
    total = found.total
    inOrder = found.ranked.map((r) => r.service)
  } else {
    inOrder = index.ordered.filter(accepts)
    total = inOrder.length
  }
  const totalPages = Math.ceil(total / pageSize)
  const page = Math.min(f.page, Math.max(totalPages, 1))
  const changesAt = open?.changesAt() ?? null
  const pageIDs = inOrder.slice((page - 1) * pageSize, page * pageSize).map((s) => s.id)
  if (!pageIDs.length) return { results: [], total, page, totalPages, changesAt }
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
  return { results: pageIDs.map((id) => byID.get(id)).filter((r): r is DirectoryResult => Boolean(r)), total, page, totalPages, changesAt }
}
