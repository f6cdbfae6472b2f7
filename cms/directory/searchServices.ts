import type { Payload, Where } from 'payload'
import type { DirectoryFilters } from '../../shared/directoryParams'
import { boundingBox, distanceKm, type LatLng } from '../../shared/geo'
import { openState, type OpenState } from '../../shared/openingHours'
import { queryTerms } from '../../shared/search'
import { idOf } from '../access/ids'
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
}

interface Context {
  townID: string
  /** Only this organisation's services (the organisation page). */
  organizationID?: string
  timeZone: string
  now?: Date
  pageSize?: number
}

type Doc = Record<string, unknown>

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

/** A topic and its sub-topics: filtering by "Language and education" finds language courses too. */
async function topicWithChildren(payload: Payload, townID: string, slug: string): Promise<string[]> {
  const ids = await idsBySlug(payload, 'topics', townID, slug)
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'topics',
    where: { parent: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: {},
  })
  return [...ids, ...docs.map((d) => String(d.id))]
}

/** Published locations of the town matching a district and/or a bounding box. */
async function locationIDs(payload: Payload, townID: string, districtIDs: string[] | null, near: LatLng | null): Promise<string[]> {
  const and: Where[] = [{ municipality: { equals: townID } }]
  if (districtIDs) and.push({ district: { in: districtIDs } })
  if (near) {
    const box = boundingBox(near, NEAR_RADIUS_KM)
    and.push({ latitude: { greater_than_equal: box.minLat } }, { latitude: { less_than_equal: box.maxLat } })
    and.push({ longitude: { greater_than_equal: box.minLng } }, { longitude: { less_than_equal: box.maxLng } })
  }
  const { docs } = await payload.find({ collection: 'locations', where: { and }, depth: 0, pagination: false, overrideAccess: false, select: {} })
  return docs.map((d) => String(d.id))
}

/** The Where clause for everything that the database can filter. Null when nothing can match. */
async function buildWhere(payload: Payload, townID: string, f: DirectoryFilters): Promise<Where | null> {
  const and: Where[] = [{ municipality: { equals: townID } }, { status: { not_equals: 'ended' } }]
  if (f.topic) {
    const ids = await topicWithChildren(payload, townID, f.topic)
    if (!ids.length) return null
    and.push({ topics: { in: ids } })
  }
  if (f.audience) {
    const ids = await idsBySlug(payload, 'audiences', townID, f.audience)
    if (!ids.length) return null
    and.push({ audiences: { in: ids } })
  }
  if (f.language) and.push({ languages: { in: [f.language] } })
  if (f.free) and.push({ 'cost.type': { equals: 'free' } })
  if (f.district || f.near) {
    const districtIDs = f.district ? await idsBySlug(payload, 'districts', townID, f.district) : null
    if (districtIDs && !districtIDs.length) return null
    const ids = await locationIDs(payload, townID, districtIDs, f.near)
    if (!ids.length) return null
    and.push({ 'locations.location': { in: ids } })
  }
  for (const term of queryTerms(f.q)) and.push({ searchText: { contains: term } })
  return { and }
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

function toLocation(value: unknown): DirectoryLocation | null {
  if (!value || typeof value !== 'object') return null
  const l = value as Doc
  if (typeof l.latitude !== 'number' || typeof l.longitude !== 'number') return null
  return {
    id: String(l.id),
    name: String(l.name ?? ''),
    address: (l.address as DirectoryLocation['address']) ?? {},
    latitude: l.latitude,
    longitude: l.longitude,
    district: idOf(l.district),
    hours: (l.hours as StoredHours) ?? null,
    transport: (l.transport as Record<string, string | null>) ?? null,
  }
}

/** The service's locations, each with the hours that apply there (its own where they differ). */
function serviceLocations(doc: Doc): DirectoryLocation[] {
  const rows = (doc.locations as { location?: unknown; ownHours?: boolean; hours?: StoredHours }[] | null) ?? []
  return rows
    .map((row) => {
      const location = toLocation(row.location)
      return location && row.ownHours && row.hours ? { ...location, hours: row.hours } : location
    })
    .filter((l): l is DirectoryLocation => l !== null)
}

/** Open if any location is open; otherwise the earliest next opening. */
export function combinedOpenState(locations: DirectoryLocation[], now: Date, timeZone: string): OpenState {
  const states = locations.map((l) => openState(toHours(l.hours), now, timeZone))
  const open = states.find((s) => s.state === 'open')
  if (open) return open
  const next = states
    .flatMap((s) => (s.state === 'closed' && s.opensAt ? [s.opensAt] : []))
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`))[0]
  if (next) return { state: 'closed', opensAt: next }
  return states.some((s) => s.state === 'closed') ? { state: 'closed', opensAt: null } : { state: 'unknown' }
}

function toResult(doc: Doc, now: Date, timeZone: string, near: LatLng | null): DirectoryResult {
  const locations = serviceLocations(doc)
  const org = doc.organization && typeof doc.organization === 'object' ? (doc.organization as Doc) : null
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    title: (doc.title as Record<string, string | null>) ?? {},
    summary: (doc.summary as Record<string, string | null>) ?? {},
    kind: String(doc.kind ?? ''),
    status: String(doc.status ?? 'active'),
    languages: (doc.languages as string[]) ?? [],
    cost: (doc.cost as DirectoryResult['cost']) ?? {},
    organization: org ? { name: String(org.name), slug: String(org.slug) } : null,
    locations,
    lastVerifiedAt: (doc.lastVerifiedAt as string) ?? null,
    open: combinedOpenState(locations, now, timeZone),
    distanceKm: near && locations.length ? Math.min(...locations.map((l) => distanceKm(near, l))) : null,
  }
}

/**
 * The directory search, as the public sees it (published only, through access control).
 * The database filters by town, topic, audience, language, cost, district, area and words;
 * "open now" and the distance order need the opening hours and coordinates, so for those the
 * matching services are ranked here and only the requested page is returned.
 */
export async function searchServices(payload: Payload, f: DirectoryFilters, ctx: Context): Promise<DirectoryPage> {
  const now = ctx.now ?? new Date()
  const pageSize = ctx.pageSize ?? PAGE_SIZE
  const built = await buildWhere(payload, ctx.townID, f)
  const where = built && ctx.organizationID ? { and: [built, { organization: { equals: ctx.organizationID } }] } : built
  if (!where) return { results: [], total: 0, page: 1, totalPages: 0 }
  const common = { collection: 'services' as const, where, locale: 'all' as const, depth: 1, overrideAccess: false, select: resultSelect, populate }

  if (!f.openNow && !f.near) {
    const res = await payload.find({ ...common, page: f.page, limit: pageSize, sort: 'slug' })
    return {
      results: res.docs.map((d) => toResult(d as unknown as Doc, now, ctx.timeZone, null)),
      total: res.totalDocs,
      page: res.page ?? 1,
      totalPages: res.totalPages,
    }
  }

  const res = await payload.find({ ...common, pagination: false, sort: 'slug' })
  let results = res.docs.map((d) => toResult(d as unknown as Doc, now, ctx.timeZone, f.near))
  if (f.openNow) results = results.filter((r) => r.open.state === 'open')
  if (f.near) {
    results = results
      .filter((r) => r.distanceKm !== null && r.distanceKm <= NEAR_RADIUS_KM)
      .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0))
  }
  const totalPages = Math.ceil(results.length / pageSize)
  const page = Math.min(f.page, Math.max(totalPages, 1))
  return { results: results.slice((page - 1) * pageSize, page * pageSize), total: results.length, page, totalPages }
}
