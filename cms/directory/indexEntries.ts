import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest, Where } from 'payload'
import { compileHours, type WeeklyHours } from '@shared/openIntervals'
import type { Hours } from '@shared/openingHours'
import { byLocale } from '@shared/localized'
import type { TextsByLocale } from '@shared/searchEngine'
import type { Location, Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import { toHours } from './serviceHours'

/**
 * What the directory index keeps of a service and of a place: only what filtering and ranking
 * need, with opening hours already compiled to weekly intervals. The same functions make an
 * entry from a document read anywhere (the index's build, the hook of a write, another
 * instance's catch-up), so equal documents give equal entries and equal fingerprints.
 */

export interface IndexedLocation {
  id: string
  latitude: number
  longitude: number
  district: string | null
  hours: Hours | null
  weekly: WeeklyHours | null
}

export interface IndexedService {
  id: string
  slug: string
  organization: string | null
  topics: string[]
  audiences: string[]
  languages: string[]
  free: boolean
  /** The places, with the service's own hours there where they differ from the place's. */
  locations: { id: string; hours: Hours | null; weekly: WeeklyHours | null }[]
  /** Title and summary per language (the search weighs them apart), and the search text of all languages (searchText.ts). */
  title: TextsByLocale
  summary: TextsByLocale
  searchText: string
  /** 'active' or 'temporarily-closed' (ended services are not indexed). */
  status: string
  /** ISO dates; a service is listed from `validFrom` (shown early) until `validTo`. */
  validTo: string | null
}

/** An entry and the town it belongs to; null entry: not public (a draft, ended, deleted). */
export interface Indexed<T> {
  town: string | null
  entry: T | null
}

/** Read with `locale: 'all'` (`INDEX_LOCALE`): the search matches every language. */
export const SERVICE_INDEX_SELECT = {
  slug: true,
  title: true,
  summary: true,
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

/** The locale option of every read of the index: titles and summaries in all languages. */
export const INDEX_LOCALE = 'all'

export const LOCATION_INDEX_SELECT = { latitude: true, longitude: true, district: true, hours: true, municipality: true } as const

/** What the public may find: published (the same rule as the read access); services also not ended. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

const ids = (values: unknown[] | null | undefined): string[] => (values ?? []).map(idOf).filter((v): v is string => v !== null)

export function toIndexedService(doc: IndexDocs['services']): IndexedService | null {
  if (doc.status === 'ended') return null
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
      const hours = r.ownHours && r.hours ? toHours(r.hours) : null
      return id ? [{ id, hours, weekly: compileHours(hours) }] : []
    }),
    title: byLocale(doc.title),
    summary: byLocale(doc.summary),
    searchText: doc.searchText ?? '',
    status: doc.status ?? 'active',
    validTo: doc.validTo ?? null,
  }
}

export function toIndexedLocation(doc: IndexDocs['locations']): IndexedLocation | null {
  // Checked anyway: a location saved before coordinates were required has none.
  if (typeof doc.latitude !== 'number' || typeof doc.longitude !== 'number') return null
  const hours = toHours(doc.hours)
  return { id: String(doc.id), latitude: doc.latitude, longitude: doc.longitude, district: idOf(doc.district), hours, weekly: compileHours(hours) }
}

/** A short digest of what the index would hold (compiled hours are derived: left out). */
export function fingerprintOf(indexed: Indexed<unknown>): string {
  const json = JSON.stringify(indexed, (key, value: unknown) => (key === 'weekly' ? undefined : value))
  return createHash('sha1').update(json).digest('base64url').slice(0, 16)
}

/** What the index reads of each collection. */
interface IndexDocs {
  services: Pick<Service, 'id' | keyof typeof SERVICE_INDEX_SELECT>
  locations: Pick<Location, 'id' | keyof typeof LOCATION_INDEX_SELECT>
}

/**
 * The documents the index is made of, read through the database adapter rather than the Local
 * API: the index needs stored values only, and who may see them is in `where` (published, not
 * ended). The Local API's pass over every field of every document read (access, field hooks)
 * was half the time of building a 100,000-service town's index, for the same entries. Used by
 * the build and by every re-read after a change, so both make equal entries.
 */
export async function readIndexDocs<C extends keyof IndexDocs>(payload: Payload, collection: C, where: Where, req?: PayloadRequest): Promise<IndexDocs[C][]> {
  const select = collection === 'services' ? SERVICE_INDEX_SELECT : LOCATION_INDEX_SELECT
  const found = await payload.db.find<IndexDocs[C]>({ collection, where, select, locale: collection === 'services' ? INDEX_LOCALE : undefined, pagination: false, limit: 0, req })
  return found.docs
}

/** At most this many IDs per `in` query. */
const CHUNK = 200

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const docs: T[] = []
  for (let i = 0; i < ids.length; i += CHUNK) docs.push(...(await read(ids.slice(i, i + CHUNK))))
  return docs
}

/**
 * The services as the index would hold them, read now (inside the write's transaction when
 * `req` is given). Every asked ID gets an answer; not public means `{ town: null, entry: null }`.
 */
export async function readServices(payload: Payload, ids: readonly string[], req?: PayloadRequest): Promise<Map<string, Indexed<IndexedService>>> {
  const docs = await inChunks(ids, (chunk) => readIndexDocs(payload, 'services', { and: [{ id: { in: chunk } }, PUBLISHED] }, req))
  const found = new Map(docs.map((doc) => [String(doc.id), doc]))
  return new Map(ids.map((id) => [id, indexed(found.get(id), toIndexedService)]))
}

/** The places as the index would hold them (see readServices). */
export async function readLocations(payload: Payload, ids: readonly string[], req?: PayloadRequest): Promise<Map<string, Indexed<IndexedLocation>>> {
  const docs = await inChunks(ids, (chunk) => readIndexDocs(payload, 'locations', { and: [{ id: { in: chunk } }, PUBLISHED] }, req))
  const found = new Map(docs.map((doc) => [String(doc.id), doc]))
  return new Map(ids.map((id) => [id, indexed(found.get(id), toIndexedLocation)]))
}

function indexed<D extends { municipality?: unknown }, T>(doc: D | undefined, toEntry: (doc: D) => T | null): Indexed<T> {
  const entry = doc ? toEntry(doc) : null
  return entry ? { town: idOf(doc?.municipality), entry } : { town: null, entry: null }
}
