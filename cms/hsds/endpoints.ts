import type { Endpoint, Where } from 'payload'
import { hsdsId } from '@shared/hsdsIds'
import { normalizeForSearch, queryTerms } from '@shared/search'
import { serviceContext, summaryContext } from './context'
import { exportEndpoints, type HsdsExportOptions } from './export/endpoints'
import { HSDS_INFO } from './info'
import { mapOrganization } from './mapOrganization'
import { mapService, mapServiceSummary } from './mapService'
import { mapTaxonomy, mapTerm, TAXONOMY_KINDS, withDescendants } from './mapTaxonomy'
import { nestOrganization } from './nestOrganization'
import { hsdsPage, pageOf } from './page'
import { findLocations, findOrganizations, findServices, findServicesOf, findTerms, publicWhere, type Reader, type Slugs, storedIdOf } from './read'
import { type Handle, route } from './route'

/**
 * A read-only Open Referral HSDS 3.0 API per town, as Payload root endpoints under
 * `/api/hsds/{town}/…` (see schema/openapi.json of HSDS 3.0): `/`, `/services`,
 * `/services/{id}`, `/organizations`, `/organizations/{id}`, `/taxonomies`,
 * `/taxonomies/{id}`, `/taxonomy_terms`, `/taxonomy_terms/{id}`, plus the whole directory
 * as downloads (export/endpoints.ts). Only published, public data, read as the anonymous
 * public whoever asks (read.ts).
 */

/** Every word of the search in the text (folded like the directory's search text). */
const matches = (words: string[], ...texts: (string | undefined)[]) => {
  const text = normalizeForSearch(texts.filter(Boolean).join(' '))
  return words.every((w) => text.includes(w))
}

const info: Handle = async () => HSDS_INFO

const listServices: Handle = async (r) => {
  const p = r.list()
  const empty = hsdsPage([], 0, p.page, p.perPage)
  const conditions: Where[] = queryTerms(p.search).map((term) => ({ searchText: { contains: term } }))
  if (p.taxonomyTermId || p.taxonomyId) {
    const terms = [...(await findTerms(r)).values()]
    if (p.taxonomyTermId) {
      const term = terms.find((t) => hsdsId(t.kind, t.id) === p.taxonomyTermId)
      if (!term) return empty
      conditions.push({ [term.kind]: { in: [...withDescendants(term.id, terms)] } })
    }
    if (p.taxonomyId) {
      const kind = TAXONOMY_KINDS.find((k) => mapTaxonomy(k, r.town, r.locale).id === p.taxonomyId)
      const ids = terms.filter((t) => t.kind === kind).map((t) => t.id)
      if (!kind || !ids.length) return empty
      conditions.push({ [kind]: { in: ids } })
    }
  }
  if (p.organizationId) {
    const organization = await storedIdOf(r, 'organizations', p.organizationId)
    if (!organization) return empty
    conditions.push({ organization: { equals: organization } })
  }
  if (p.modifiedAfter) conditions.push({ updatedAt: { greater_than_equal: p.modifiedAfter } })
  const { docs, total } = await findServices(r, publicWhere(r, ...conditions), p.page, p.perPage, p.full)
  if (p.full) {
    const ctx = await serviceContext(r, docs)
    return hsdsPage(docs.map((s) => mapService(s, ctx)), total, p.page, p.perPage)
  }
  const ctx = await summaryContext(r)
  return hsdsPage(docs.map((s) => mapServiceSummary(s, ctx)), total, p.page, p.perPage)
}

const getService: Handle = async (r) => {
  const id = await storedIdOf(r, 'services', r.id)
  if (!id) return null
  const { docs } = await findServices(r, publicWhere(r, { id: { equals: id } }), 1, 1, true)
  const service = docs[0]
  return service ? mapService(service, await serviceContext(r, [service])) : null
}

const listOrganizations: Handle = async (r) => {
  const p = r.list()
  const words = queryTerms(p.search)
  const all = (await findOrganizations(r)).filter((o) => matches(words, o.name, o.description ?? undefined))
  return pageOf(
    all.map((o) => {
      // The list has the one-to-one fields only (compiled/organization_list.json).
      const { phones: _phones, ...summary } = mapOrganization(o)
      return summary
    }),
    p.page,
    p.perPage,
  )
}

const getOrganization: Handle = async (r) => {
  const id = await storedIdOf(r, 'organizations', r.id)
  const organization = id ? (await findOrganizations(r, [id]))[0] : undefined
  if (!id || !organization) return null
  const [locations, services] = await Promise.all([findLocations(r, { organization: id }), findServicesOf(r, id)])
  return nestOrganization(organization, locations, services, await summaryContext(r, new Set([id])))
}

const taxonomies = (r: Reader) => TAXONOMY_KINDS.map((kind) => mapTaxonomy(kind, r.town, r.locale))

const listTaxonomies: Handle = async (r) => {
  const p = r.list()
  const words = queryTerms(p.search)
  return pageOf(
    taxonomies(r).filter((t) => matches(words, t.name, t.description)),
    p.page,
    p.perPage,
  )
}

const getTaxonomy: Handle = async (r) => taxonomies(r).find((t) => t.id === r.id.toLowerCase()) ?? null

async function terms(r: Reader) {
  const known = await findTerms(r)
  return [...known.values()].map((t) => mapTerm(t, r.town, r.locale, known))
}

const listTerms: Handle = async (r) => {
  const p = r.list()
  const words = queryTerms(p.search)
  const found = (await terms(r)).filter(
    (t) =>
      (!p.taxonomyId || t.taxonomy_id === p.taxonomyId) &&
      (!p.parentId || t.parent_id === p.parentId) &&
      // "top_only": terms at the top of their tree, i.e. without a parent.
      (!p.topOnly || !t.parent_id) &&
      matches(words, t.name, t.code),
  )
  return pageOf(found, p.page, p.perPage)
}

const getTerm: Handle = async (r) => (await terms(r)).find((t) => t.id === r.id.toLowerCase()) ?? null

/** The HSDS endpoints, to be added to the Payload config's root `endpoints`; `options` configure the export. */
export function hsdsEndpoints(slugs: Slugs, options: HsdsExportOptions = {}): Endpoint[] {
  return [
    route(slugs, '', info),
    route(slugs, '/services', listServices),
    route(slugs, '/services/:id', getService),
    route(slugs, '/organizations', listOrganizations),
    route(slugs, '/organizations/:id', getOrganization),
    route(slugs, '/taxonomies', listTaxonomies),
    route(slugs, '/taxonomies/:id', getTaxonomy),
    route(slugs, '/taxonomy_terms', listTerms),
    route(slugs, '/taxonomy_terms/:id', getTerm),
    ...exportEndpoints(slugs, options),
  ]
}
