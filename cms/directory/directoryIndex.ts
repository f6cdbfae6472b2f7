import type { Payload, PayloadRequest, Where } from 'payload'
import type { Location, Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import { bumpStamp, readStamp, unchangedSince } from '../scale/changeStamps'
import type { StoredHours } from './serviceHours'

/**
 * An in-memory index of each town's public directory: per service only what filtering and
 * ranking need (taxonomy IDs, languages, cost, locations, search text), per location its
 * coordinates, district and hours. Filtering 10,000 services here takes milliseconds, where
 * the same through the database (joins for every has-many field, plus "open now" and
 * distance, which only code can compute) took seconds. Full documents are still read from
 * the database, for the page of results only.
 *
 * Freshness: the process that saves a service or location updates its entry at once
 * (collection hooks) and bumps the town's change stamp in Redis; every other instance sees
 * the new stamp at its next search and rebuilds the town's index before answering. Without
 * Redis, every process rebuilds a town's index in the background after REBUILD_AFTER_MS,
 * so writes made through other instances show up within that time.
 * It lives on globalThis because Next.js may load this module once per route bundle.
 */

export interface IndexedLocation {
  id: string
  latitude: number
  longitude: number
  district: string | null
  hours: StoredHours | null
}

export interface IndexedService {
  id: string
  slug: string
  organization: string | null
  topics: string[]
  audiences: string[]
  languages: string[]
  free: boolean
  locations: { id: string; hours: StoredHours | null }[]
  searchText: string
  /** 'active' or 'temporarily-closed' (ended services are not indexed). */
  status: string
  /** ISO dates; a service is listed from `validFrom` (shown early) until `validTo`. */
  validTo: string | null
}

export interface TownIndex {
  services: Map<string, IndexedService>
  locations: Map<string, IndexedLocation>
  builtAt: number
}

const REBUILD_AFTER_MS = 60_000

interface Entry {
  index: Promise<TownIndex>
  rebuilding: boolean
  /** The town's change stamp when the build started (null: unknown, no Redis). */
  stamp: string | null
}

const scopeOf = (townID: string) => `directory:${townID}`

type Store = Map<string, Entry>
declare global {
  /** The directory indexes of this process, per Payload instance (see the comment above). */
  var __integrationPortalDirectoryIndex: WeakMap<Payload, Store> | undefined
}
const stores = (globalThis.__integrationPortalDirectoryIndex ??= new WeakMap<Payload, Store>())

function storeOf(payload: Payload): Store {
  let store = stores.get(payload)
  if (!store) stores.set(payload, (store = new Map()))
  return store
}

const ids = (values: unknown[] | null | undefined): string[] => (values ?? []).map(idOf).filter((v): v is string => v !== null)

export function toIndexedService(doc: Pick<Service, 'id' | keyof typeof SERVICE_INDEX_SELECT>): IndexedService {
  return {
    id: String(doc.id),
    slug: doc.slug ?? '',
    organization: idOf(doc.organization),
    topics: ids(doc.topics),
    audiences: ids(doc.audiences),
    languages: doc.languages ?? [],
    free: doc.cost?.type === 'free',
    locations: (doc.locations ?? []).flatMap((r) => {
      const id = idOf(r.location)
      return id ? [{ id, hours: r.ownHours && r.hours ? r.hours : null }] : []
    }),
    searchText: doc.searchText ?? '',
    status: doc.status ?? 'active',
    validTo: doc.validTo ?? null,
  }
}

export function toIndexedLocation(doc: Pick<Location, 'id' | keyof typeof LOCATION_INDEX_SELECT>): IndexedLocation | null {
  // Checked anyway: a location saved before coordinates were required has none.
  if (typeof doc.latitude !== 'number' || typeof doc.longitude !== 'number') return null
  return { id: String(doc.id), latitude: doc.latitude, longitude: doc.longitude, district: idOf(doc.district), hours: doc.hours ?? null }
}

export const SERVICE_INDEX_SELECT = {
  slug: true,
  organization: true,
  topics: true,
  audiences: true,
  languages: true,
  cost: true,
  locations: true,
  searchText: true,
  status: true,
  validTo: true,
  municipality: true,
} as const

export const LOCATION_INDEX_SELECT = { latitude: true, longitude: true, district: true, hours: true, municipality: true } as const

/** What the public may find: published and not ended (the same rule as the read access). */
const published: Where = { _status: { equals: 'published' } }
const serviceWhere = (townID: string): Where => ({ and: [{ municipality: { equals: townID } }, { status: { not_equals: 'ended' } }, published] })

async function build(payload: Payload, townID: string): Promise<TownIndex> {
  const [services, locations] = await Promise.all([
    payload.find({ collection: 'services', where: serviceWhere(townID), depth: 0, pagination: false, overrideAccess: true, select: SERVICE_INDEX_SELECT }),
    payload.find({
      collection: 'locations',
      where: { and: [{ municipality: { equals: townID } }, published] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: LOCATION_INDEX_SELECT,
    }),
  ])
  const index: TownIndex = { services: new Map(), locations: new Map(), builtAt: Date.now() }
  for (const doc of services.docs) index.services.set(String(doc.id), toIndexedService(doc))
  for (const doc of locations.docs) {
    const l = toIndexedLocation(doc)
    if (l) index.locations.set(l.id, l)
  }
  return index
}

/** The town's index: built on first use, refreshed in the background when it is old. */
export async function townIndex(payload: Payload, townID: string): Promise<TownIndex> {
  const stamp = await readStamp(scopeOf(townID))
  const store = storeOf(payload)
  const entry = store.get(townID)
  // A changed stamp means a write on some instance: rebuild now rather than answer from the old index.
  if (!entry || !unchangedSince(entry.stamp, stamp)) {
    const fresh: Entry = { index: build(payload, townID), rebuilding: false, stamp }
    store.set(townID, fresh)
    fresh.index.catch(() => store.delete(townID))
    return fresh.index
  }
  const current = await entry.index
  if (Date.now() - current.builtAt > REBUILD_AFTER_MS && !entry.rebuilding) {
    entry.rebuilding = true
    build(payload, townID)
      .then((next) => store.set(townID, { index: Promise.resolve(next), rebuilding: false, stamp: entry.stamp }))
      .catch(() => (entry.rebuilding = false))
  }
  return current
}

/**
 * Re-reads one service as the public sees it and puts it into (or takes it out of) the
 * index. Called from hooks with their request, so it reads inside the write's transaction.
 */
export async function refreshService(payload: Payload, id: string, townID: string | null, req?: PayloadRequest): Promise<void> {
  if (townID) await bumpStamp(scopeOf(townID))
  const store = storeOf(payload)
  if (!store.size) return
  const { docs } = await payload.find({
    collection: 'services',
    where: { and: [{ id: { equals: id } }, published] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: SERVICE_INDEX_SELECT,
  })
  const doc = docs[0]
  for (const [town, entry] of store) {
    const index = await entry.index.catch(() => null)
    if (!index) continue
    index.services.delete(id)
    if (doc && town === (idOf(doc.municipality) ?? townID) && doc.status !== 'ended') index.services.set(id, toIndexedService(doc))
  }
}

/** Re-reads one location as the public sees it. */
export async function refreshLocation(payload: Payload, id: string, townID: string | null, req?: PayloadRequest): Promise<void> {
  if (townID) await bumpStamp(scopeOf(townID))
  const store = storeOf(payload)
  if (!store.size) return
  const { docs } = await payload.find({
    collection: 'locations',
    where: { and: [{ id: { equals: id } }, published] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: LOCATION_INDEX_SELECT,
  })
  const doc = docs[0]
  for (const [town, entry] of store) {
    const index = await entry.index.catch(() => null)
    if (!index) continue
    index.locations.delete(id)
    const l = doc && idOf(doc.municipality) === town ? toIndexedLocation(doc) : null
    if (l) index.locations.set(id, l)
  }
}
