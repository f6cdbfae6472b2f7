import type { Payload } from 'payload'
import { distanceKm, type LatLng } from '@shared/geo'
import { byLocale } from '@shared/localized'
import { type LocalTime, localTime, openState, type OpenState } from '@shared/openingHours'
import type { Location, Organization, Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import type { ChangeMemo } from '../cache/changeMemo'
import { keptByID, resultMemo } from './resultDocs'
import { type StoredHours, toHours } from './serviceHours'

/**
 * The page of results as the cards show it: the 20 services' documents, their places and
 * organisations, read by ID (three Local API calls at most; kept in memory until a write,
 * resultDocs.ts).
 *
 * They are read with `overrideAccess` and the public's read rule for these three collections,
 * "published" (cms/access/predicates.ts), is applied here, on the documents: in the query, that
 * condition makes SQLite (which has no statistics to plan with) walk the `_status` index of the
 * whole collection, 50 ms at 100,000 services, where the IDs alone take a fraction of a
 * millisecond. No field read here has access rules of its own.
 */

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

const SERVICE_SELECT = {
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
  _status: true,
} as const

const LOCATION_SELECT = { name: true, address: true, latitude: true, longitude: true, district: true, hours: true, transport: true, _status: true } as const
const ORGANIZATION_SELECT = { name: true, slug: true, _status: true } as const

type ResultDoc = Pick<Service, 'id' | keyof typeof SERVICE_SELECT>
type LocationDoc = Pick<Location, 'id' | keyof typeof LOCATION_SELECT>
type OrganizationDoc = Pick<Organization, 'id' | keyof typeof ORGANIZATION_SELECT>

const isPublished = (doc: { _status?: string | null }) => doc._status === 'published'
const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))]

function toLocation(l: LocationDoc): DirectoryLocation | null {
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

/** The service's places the public may see, each with the hours that apply there (its own where they differ). */
function serviceLocations(doc: ResultDoc, places: ReadonlyMap<string, DirectoryLocation>): DirectoryLocation[] {
  return (doc.locations ?? []).flatMap((row) => {
    const place = places.get(idOf(row.location) ?? '')
    if (!place) return []
    return [row.ownHours && row.hours ? { ...place, hours: row.hours } : place]
  })
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

interface ResultContext {
  /** The town whose directory this is (tags the page being rendered). */
  townID: string
  now: Date
  timeZone: string
  near: LatLng | null
}

function toResult(doc: ResultDoc, places: ReadonlyMap<string, DirectoryLocation>, organizations: ReadonlyMap<string, OrganizationDoc>, { now, timeZone, near }: ResultContext, local: LocalTime): DirectoryResult {
  const locations = serviceLocations(doc, places)
  const org = organizations.get(idOf(doc.organization) ?? '')
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
    open: combinedOpenState(locations, now, timeZone, local),
    distanceKm: near && locations.length ? Math.min(...locations.map((l) => distanceKm(near, l))) : null,
  }
}

interface Memos {
  services: ChangeMemo<ResultDoc>
  locations: ChangeMemo<LocationDoc>
  organizations: ChangeMemo<OrganizationDoc>
}

declare global {
  /** Per Payload instance (tests boot several); on globalThis because Next.js may load this module once per route bundle. */
  var __integrationPortalResultDocs: WeakMap<Payload, Memos> | undefined
}

function memosOf(payload: Payload): Memos {
  const all = (globalThis.__integrationPortalResultDocs ??= new WeakMap<Payload, Memos>())
  let memos = all.get(payload)
  if (!memos) all.set(payload, (memos = { services: resultMemo(), locations: resultMemo(), organizations: resultMemo() }))
  return memos
}

/** The results for `ids`, in that order (a service the public may not see is left out). */
export async function readResults(payload: Payload, ids: readonly string[], context: ResultContext): Promise<DirectoryResult[]> {
  const memos = memosOf(payload)
  const { townID } = context
  const byID = { pagination: false, depth: 0, locale: 'all', overrideAccess: true } as const
  const inIDs = (missing: string[]) => ({ where: { id: { in: missing } }, ...byID })
  const services = (await keptByID(memos.services, ids, townID, async (missing) => (await payload.find({ collection: 'services', ...inIDs(missing), select: SERVICE_SELECT })).docs)).filter(isPublished)
  const locationIDs = unique(services.flatMap((s) => (s.locations ?? []).map((row) => idOf(row.location))))
  const organizationIDs = unique(services.map((s) => idOf(s.organization)))
  const [locations, organizations] = await Promise.all([
    keptByID(memos.locations, locationIDs, townID, async (missing) => (await payload.find({ collection: 'locations', ...inIDs(missing), select: LOCATION_SELECT })).docs),
    keptByID(memos.organizations, organizationIDs, townID, async (missing) => (await payload.find({ collection: 'organizations', ...inIDs(missing), select: ORGANIZATION_SELECT })).docs),
  ])
  const places = new Map(locations.filter(isPublished).flatMap((l) => {
    const place = toLocation(l)
    return place ? [[place.id, place] as const] : []
  }))
  const orgs = new Map(organizations.filter(isPublished).map((o) => [String(o.id), o]))
  const docs = new Map(services.map((s) => [String(s.id), s]))
  // The town's clock once for the page, not once per card.
  const local = localTime(context.now, context.timeZone)
  return ids.flatMap((id) => {
    const doc = docs.get(id)
    return doc ? [toResult(doc, places, orgs, context, local)] : []
  })
}
