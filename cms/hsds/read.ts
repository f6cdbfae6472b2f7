import type { Payload, Where } from 'payload'
import { hsdsId } from '@shared/hsdsIds'
import type { Locale } from '@shared/locales'
import { isUuid } from '@shared/uuid'
import type { Service } from '@cms/payload-types'
import { idOf } from '../access/ids'
import type { PortalSlugs } from '../types'
import type { LocationSource, OrganizationSource, ServiceSource, TermSource, TownSource } from './source'

/**
 * Reading for the HSDS API. Every read is the public's: `overrideAccess: false` and no user
 * (the request's user is deliberately not passed on, so a logged-in editor calling the API
 * still gets only public data), plus explicit town and `_status: published` filters, and a
 * `select` of public fields only.
 */

export type Slugs = PortalSlugs

export interface Reader {
  payload: Payload
  slugs: Slugs
  town: TownSource
  locale: Locale
}

type Versioned = 'services' | 'organizations' | 'locations'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SERVICE_SUMMARY_SELECT = {
  slug: true,
  title: true,
  summary: true,
  description: true,
  organization: true,
  status: true,
  validFrom: true,
  validTo: true,
  lastVerifiedAt: true,
  email: true,
  cost: true,
  eligibility: true,
  howToApply: true,
  updatedAt: true,
} as const

export const SERVICE_FULL_SELECT = {
  ...SERVICE_SUMMARY_SELECT,
  topics: true,
  audiences: true,
  languages: true,
  requiredDocuments: true,
  appointment: true,
  locations: true,
  contactPerson: true,
  phone: true,
} as const

const ORGANIZATION_SELECT = { slug: true, name: true, description: true, email: true, website: true, phone: true } as const
const LOCATION_SELECT = { name: true, organization: true, address: true, latitude: true, longitude: true, transport: true, accessibility: true, hours: true } as const

export async function findTown(payload: Payload, slugs: Slugs, slug: string): Promise<TownSource | null> {
  if (!SLUG.test(slug)) return null
  const { docs } = await payload.find({
    collection: slugs.municipalities,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: { name: true, slug: true, ags: true, timeZone: true, defaultLocale: true, enabledLocales: true },
  })
  return docs[0] ?? null
}

/** The town's published documents of a kind, plus more conditions. */
export function publicWhere(r: Reader, ...more: Where[]): Where {
  return { and: [{ municipality: { equals: r.town.id } }, { _status: { equals: 'published' } }, ...more] }
}

const readOptions = (r: Reader) => ({ depth: 0, overrideAccess: false, locale: r.locale, draft: false }) as const

/**
 * Whether stored ids are UUIDs, i.e. an HSDS id is the stored id itself (SQLite and Postgres
 * with `idType: 'uuid'`). MongoDB (ObjectIds) and numeric ids get derived UUIDs instead.
 */
function storesUuids(payload: Payload): boolean {
  return payload.db.name !== 'mongoose' && payload.db.defaultIDType === 'text'
}

/**
 * The stored id of a published document of this town from its HSDS id, or null. Where ids
 * are derived (MongoDB), the derivation is one-way: compare with the derived ids of the
 * town's published documents of that kind (one query for ids only; see shared/hsdsIds.ts).
 */
export async function storedIdOf(r: Reader, kind: Versioned, id: string): Promise<string | null> {
  if (!isUuid(id)) return null
  const wanted = id.toLowerCase()
  const direct = storesUuids(r.payload)
  const { docs } = await r.payload.find({
    collection: r.slugs[kind],
    where: publicWhere(r, ...(direct ? [{ id: { equals: wanted } }] : [])),
    depth: 0,
    pagination: false,
    ...(direct ? { limit: 1 } : {}),
    overrideAccess: false,
    select: {},
  })
  const match = docs.find((d) => hsdsId(kind, String(d.id)) === wanted)
  return match ? String(match.id) : null
}

/** What the summary select reads of a service; the full select reads the rest too. */
type ServiceRead = Pick<Service, 'id' | 'slug' | 'title' | 'organization' | 'updatedAt'> & Partial<Omit<Service, 'id' | 'slug' | 'title' | 'organization' | 'updatedAt'>>

const ids = (values: unknown[] | null | undefined) => values?.map(idOf).filter((id): id is string => id !== null)

/** A service as the mapping takes it: its relationships as ids (ids at depth 0, though the types allow documents). */
function toServiceSource(s: ServiceRead): ServiceSource {
  return {
    ...s,
    organization: idOf(s.organization),
    topics: ids(s.topics),
    audiences: ids(s.audiences),
    locations: s.locations?.flatMap((row) => {
      const location = idOf(row.location)
      return location ? [{ ...row, location }] : []
    }),
  }
}

export async function findServices(r: Reader, where: Where, page: number, perPage: number, full: boolean) {
  const result = await r.payload.find({
    collection: r.slugs.services,
    ...readOptions(r),
    where,
    page,
    limit: perPage,
    // Stable pages: slugs are unique per town, the id breaks any tie.
    sort: ['slug', 'id'],
    select: full ? SERVICE_FULL_SELECT : SERVICE_SUMMARY_SELECT,
  })
  return { docs: result.docs.map(toServiceSource), total: result.totalDocs }
}

/** Every public service of the town, fully (the export: one query, whatever the town's size). */
export async function findAllServices(r: Reader): Promise<ServiceSource[]> {
  const { docs } = await r.payload.find({
    collection: r.slugs.services,
    ...readOptions(r),
    where: publicWhere(r),
    pagination: false,
    sort: ['slug', 'id'],
    select: SERVICE_FULL_SELECT,
  })
  return docs.map(toServiceSource)
}

export async function findServicesOf(r: Reader, organization: string): Promise<ServiceSource[]> {
  const { docs } = await r.payload.find({
    collection: r.slugs.services,
    ...readOptions(r),
    where: publicWhere(r, { organization: { equals: organization } }),
    pagination: false,
    sort: ['slug', 'id'],
    select: SERVICE_SUMMARY_SELECT,
  })
  return docs.map(toServiceSource)
}

/** The town's public organisations, all or those with the given ids. */
export async function findOrganizations(r: Reader, ids?: string[]): Promise<OrganizationSource[]> {
  // An empty `in` list is not portable across adapters: nothing asked, nothing read.
  if (ids && !ids.length) return []
  const { docs } = await r.payload.find({
    collection: r.slugs.organizations,
    ...readOptions(r),
    where: publicWhere(r, ...(ids ? [{ id: { in: ids } }] : [])),
    pagination: false,
    sort: ['slug', 'id'],
    select: ORGANIZATION_SELECT,
  })
  return docs
}

/** Stored ids of the town's public organisations: a list refers only to these. */
export async function publicOrganizationIds(r: Reader): Promise<Set<string>> {
  const { docs } = await r.payload.find({
    collection: r.slugs.organizations,
    where: publicWhere(r),
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: {},
  })
  return new Set(docs.map((d) => String(d.id)))
}

/** The town's public locations with the given ids, of one organisation, or all of them (the export). */
export async function findLocations(r: Reader, by: { ids: string[] } | { organization: string } | 'all'): Promise<LocationSource[]> {
  if (by !== 'all' && 'ids' in by && !by.ids.length) return []
  const { docs } = await r.payload.find({
    collection: r.slugs.locations,
    ...readOptions(r),
    where: publicWhere(r, ...(by === 'all' ? [] : ['ids' in by ? { id: { in: by.ids } } : { organization: { equals: by.organization } }])),
    pagination: false,
    sort: ['name', 'id'],
    select: LOCATION_SELECT,
  })
  return docs.map((l) => ({ ...l, organization: idOf(l.organization) }))
}

/** Every topic and audience of the town (a town has tens of them), keyed by stored id. */
export async function findTerms(r: Reader): Promise<Map<string, TermSource>> {
  const query = { ...readOptions(r), where: { municipality: { equals: r.town.id } }, pagination: false, sort: ['order', 'slug'] }
  const [topics, audiences] = await Promise.all([
    r.payload.find({ collection: r.slugs.topics, ...query, select: { name: true, slug: true, parent: true } }),
    r.payload.find({ collection: r.slugs.audiences, ...query, select: { name: true, slug: true } }),
  ])
  const terms = new Map<string, TermSource>()
  for (const doc of topics.docs) terms.set(doc.id, { id: doc.id, kind: 'topics', slug: doc.slug, name: doc.name, parent: idOf(doc.parent) })
  for (const doc of audiences.docs) terms.set(doc.id, { id: doc.id, kind: 'audiences', slug: doc.slug, name: doc.name, parent: null })
  return terms
}
