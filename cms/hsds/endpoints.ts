import type { Endpoint, PayloadRequest, Where } from 'payload'
import { hsdsId } from '../../shared/hsdsIds'
import { normalizeForSearch, queryTerms } from '../../shared/search'
import { pickLocale, serviceContext, summaryContext } from './context'
import { mapLocation } from './mapLocation'
import { mapOrganization } from './mapOrganization'
import { mapService, mapServiceSummary } from './mapService'
import { mapTaxonomy, mapTerm, TAXONOMY_KINDS, withDescendants } from './mapTaxonomy'
import { hsdsPage, pageOf } from './page'
import { BadParam, type ListParams, parseListParams } from './params'
import { findLocations, findOrganizations, findServices, findServicesOf, findTerms, findTown, publicWhere, type Reader, type Slugs, storedIdOf } from './read'

/**
 * A read-only Open Referral HSDS 3.0 API per town, as Payload root endpoints under
 * `/api/hsds/{town}/…` (see schema/openapi.json of HSDS 3.0): `/`, `/services`,
 * `/services/{id}`, `/organizations`, `/organizations/{id}`, `/taxonomies`,
 * `/taxonomies/{id}`, `/taxonomy_terms`, `/taxonomy_terms/{id}`. Only published, public
 * data, read as the anonymous public whoever asks (read.ts).
 */

const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'

const json = (body: unknown, status = 200) => Response.json(body, { status })
const problem = (status: number, message: string) => json({ errors: [{ message }] }, status)

interface Context extends Reader {
  id: string
  list: () => ListParams
}

/** Answers the request; null means "not found in this town" (404). */
type Handle = (ctx: Context) => Promise<unknown>

/** Every word of the search in the text (folded like the directory's search text). */
const matches = (words: string[], ...texts: (string | undefined)[]) => {
  const text = normalizeForSearch(texts.filter(Boolean).join(' '))
  return words.every((w) => text.includes(w))
}

function route(slugs: Slugs, path: string, handle: Handle): Endpoint {
  return {
    path: `/hsds/:town${path}`,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const town = await findTown(req.payload, slugs, String(req.routeParams?.town ?? ''))
      if (!town) return problem(404, 'No such town.')
      const query = req.searchParams ?? new URLSearchParams()
      try {
        const locale = pickLocale(req.payload.config, town, query.get('locale'))
        const body = await handle({ payload: req.payload, slugs, town, locale, id: String(req.routeParams?.id ?? ''), list: () => parseListParams(query) })
        return body === null ? problem(404, 'Not found in this town.') : json(body)
      } catch (error) {
        if (error instanceof BadParam) return problem(400, error.message)
        throw error
      }
    },
  }
}

const info: Handle = async () => ({ version: '3.0', profile: 'https://openreferral.org', openapi_url: OPENAPI_URL })

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
  const ctx = await summaryContext(r, new Set([id]))
  return {
    ...mapOrganization(organization),
    locations: locations.map((l) => mapLocation(l, ctx)),
    // "Fully nested organization with service array that contains simple information".
    services: services.map((s) => mapServiceSummary(s, ctx)),
  }
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

/** The HSDS endpoints, to be added to the Payload config's root `endpoints`. */
export function hsdsEndpoints(slugs: Slugs): Endpoint[] {
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
  ]
}
