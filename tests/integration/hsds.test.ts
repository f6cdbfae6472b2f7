import type { HsdsPage } from '@cms/hsds/page'
import { jest } from '@jest/globals'
import type { ValidateFunction } from 'ajv'
import { addDays, localTime } from '@shared/openingHours'
import { isUuid } from '@shared/uuid'
import { buildDirectory, richServiceData, createLocation } from './helpers/directoryWorld'
import { expectValid, hsdsAjv, readFixture } from './helpers/hsdsSchemas'
import { setupWorld } from './helpers/setup'

/**
 * The HSDS 3.0 API (`/api/hsds/{town}/…`) through Payload's real REST handlers; every
 * answer is checked against the official HSDS 3.0 JSON Schemas (tests/fixtures/hsds-3.0).
 */

const readSchema = readFixture

function buildValidators() {
  const ajv = hsdsAjv()
  const openapi = readSchema('openapi.json') as {
    components: { schemas: { Page: { properties: Record<string, unknown> } } }
    paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Record<string, unknown> } } } } } }>
  }
  const page = openapi.components.schemas.Page
  // The API reference lists the wrapper's fields without requiring them; we serve all of them.
  const pageOf = (items: Record<string, unknown>) =>
    ajv.compile({
      type: 'object',
      properties: { ...page.properties, contents: { type: 'array', items } },
      required: [...Object.keys(page.properties), 'contents'],
    })
  const info = openapi.paths['/']?.get.responses[200].content['application/json'].schema ?? {}
  return {
    info: ajv.compile({ ...info, required: ['version', 'profile'] }),
    service: ajv.compile(readSchema('compiled/service_with_definitions.json')),
    // The same service against the per-object schemas too (service.json and what it refers to).
    serviceObject: ajv.getSchema('service.json') as ValidateFunction,
    organization: ajv.getSchema('organization.json') as ValidateFunction,
    taxonomy: ajv.getSchema('taxonomy.json') as ValidateFunction,
    taxonomyTerm: ajv.getSchema('taxonomy_term.json') as ValidateFunction,
    serviceItem: ajv.compile(readSchema('compiled/service_list.json')),
    serviceList: pageOf(readSchema('compiled/service_list.json')),
    serviceFullList: pageOf({ $ref: 'service.json' }),
    organizationList: pageOf(readSchema('compiled/organization_list.json')),
    taxonomyList: pageOf({ $ref: 'taxonomy.json' }),
    taxonomyTermList: pageOf({ $ref: 'taxonomy_term.json' }),
  }
}

const schemas = buildValidators()

interface Schedule {
  byday: string
  opens_at: string
  closes_at: string
  valid_from?: string
  valid_to?: string
  notes?: string
  schedule_link?: string
}
interface Location {
  id: string
  name: string
  organization_id?: string
  latitude: number
  longitude: number
  addresses: { address_1: string; postal_code: string; city: string; state_province: string; country: string }[]
  accessibility: { description: string }[]
  transportation?: string
  schedules: Schedule[]
}
interface Service {
  id: string
  name: string
  status: string
  organization_id?: string
  organization?: { id: string; name: string; description: string }
  email?: string
  assured_date?: string
  last_modified: string
  eligibility_description?: string
  application_process?: string
  service_at_locations: { location_id: string; location: Location; schedules: Schedule[] }[]
  phones: { number: string }[]
  languages: { code: string; name: string }[]
  cost_options: { amount?: number; currency?: string; amount_description?: string }[]
  required_documents: { document: string }[]
  contacts: { name: string }[]
  attributes: { link_type: string; taxonomy_term_id: string; taxonomy_term: { name: string; code: string } }[]
}
type Page<T> = HsdsPage<T>
type Problem = { errors: { message: string }[] }

let ctx: Awaited<ReturnType<typeof setupWorld>>
let dir: Awaited<ReturnType<typeof buildDirectory>>
const extra = { S7: '', S8: '', LA3: '', LC1: '', townTwoTopic: '' }
let today = ''
let beforeUpdate = ''


beforeAll(async () => {
  ctx = await setupWorld()
  dir = await buildDirectory(ctx.payload, ctx.world)
  const { payload, world } = ctx
  const { town1, town2 } = world.towns
  today = localTime(new Date(), 'Europe/Berlin').date
  await payload.update({ collection: 'municipalities', id: town1, overrideAccess: true, data: { ags: '16056000' } })

  const location = (data: Record<string, unknown>, draft = false) => createLocation(payload, data, draft)
  extra.LA3 = await location({ organization: world.orgs.A, name: 'Geheimer Entwurfsstandort', latitude: 50.9, longitude: 10.3 }, true)
  extra.LC1 = await location({ organization: world.orgs.C, name: 'Standort Town Two', latitude: 50.6, longitude: 10.4 })
  await payload.update({
    collection: 'locations',
    id: dir.locations.LA1,
    overrideAccess: true,
    data: { transport: 'Bus 3, Haltestelle Markt', accessibility: { stepFree: true, notes: 'Eingang hinten, stufenlos.' } } as never,
  })

  const service = async (data: Record<string, unknown>) =>
    String((await payload.create({ collection: 'services', overrideAccess: true, data: { kind: 'counselling', _status: 'published', ...data } as never })).id)
  extra.S7 = await service({
    ...richServiceData(world, dir),
    locations: [
      {
        location: dir.locations.LA1,
        ownHours: true,
        hours: {
          slots: [
            { day: 'mon', opens: '10:00', closes: '12:00' },
            { day: 'wed', opens: '10:00', closes: '12:00' },
          ],
          closure: { from: addDays(today, 10), to: addDays(today, 20), reason: 'Fortbildung' },
        },
      },
      { location: extra.LA3 },
    ],
  })
  extra.S8 = await service({ organization: world.orgs.A, title: 'Abgelaufenes Angebot', validTo: '2020-06-30T12:00:00.000Z' })
  extra.townTwoTopic = String(
    (await payload.create({ collection: 'topics', overrideAccess: true, data: { municipality: town2, slug: 'arbeit', name: 'Arbeit (Town Two)' } as never })).id,
  )
  await payload.update({ collection: 'services', id: dir.services.S5, overrideAccess: true, data: { locations: [{ location: extra.LC1 }] } as never })

  // A newer draft over a published service: the API must keep showing the published text.
  await payload.update({ collection: 'services', id: dir.services.S2, overrideAccess: true, draft: true, data: { title: 'Unveröffentlichter Entwurfstitel', _status: 'draft' } as never })
  await new Promise((resolve) => setTimeout(resolve, 20))
  beforeUpdate = new Date().toISOString()
  await new Promise((resolve) => setTimeout(resolve, 20))
  await payload.update({ collection: 'services', id: dir.services.S1, overrideAccess: true, data: { eligibility: 'Frauen mit Kindern' } as never })
})
afterAll(async () => ctx?.cleanup())

const get = <T>(p: string, token?: string) => ctx.api.request<T>('GET', `/hsds${p}`, token ? { token } : {})
const ids = (page: Page<{ id: string }>) => page.contents.map((c) => c.id).sort()
const sorted = (...values: string[]) => [...values].sort()

/** Public services of town one: S1, S2, S3 (service of a draft organisation), S6 (ended), S7, S8 (expired). */
const townOnePublic = () => sorted(dir.services.S1, dir.services.S2, dir.services.S3, dir.services.S6, extra.S7, extra.S8)

describe('the schema check itself', () => {
  test('rejects what HSDS forbids, down to nested objects referred to by file name', () => {
    const id = '2ed6657d-e927-568b-95e1-2665a8aea6a2'
    const service = { id, name: 'x', status: 'active' }
    expect(schemas.service(service)).toBe(true)
    expect(schemas.service({ id, name: 'x' })).toBe(false)
    expect(schemas.service({ ...service, id: 'org-a' })).toBe(false)
    expect(schemas.service({ ...service, status: 'ended' })).toBe(false)
    expect(schemas.service({ ...service, schedules: [{ id, freq: 'DAILY' }] })).toBe(false)
    expect(schemas.serviceObject({ ...service, service_at_locations: [{ id, location: { id, location_type: 'somewhere' } }] })).toBe(false)
    expect(schemas.organization({ id, name: 'x', description: '', locations: [{ id, location_type: 'physical', addresses: [{ id }] }] })).toBe(false)
    expect(schemas.serviceList({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, contents: [] })).toBe(false)
  })
})

describe('API info', () => {
  test('GET /api/hsds/{town}/ names the HSDS version', async () => {
    for (const p of ['/town-one/', '/town-one']) {
      const res = await get<{ version: string; profile: string }>(p)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ version: '3.0', profile: 'https://openreferral.org' })
      expectValid(schemas.info, res.body)
    }
  })

  test('an unknown or malformed town is a JSON 404', async () => {
    for (const p of ['/nowhere/', '/nowhere/services', '/Town_One/services', `/nowhere/services/${dir.services.S1}`]) {
      const res = await get<Problem>(p)
      expect(res.status).toBe(404)
      expect(res.body.errors[0]?.message).toMatch(/town/i)
      expect(res.headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]/)
    }
  })

  test('answers may be cached for a minute, errors not', async () => {
    expect((await get('/town-one/services')).headers.get('cache-control')).toBe('public, max-age=60')
    expect((await get(`/town-one/services/${dir.services.S1}`)).headers.get('cache-control')).toBe('public, max-age=60')
    const bad = await get('/town-one/services?per_page=abc')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]/)
  })
})

describe('/services', () => {
  test('lists the town’s published services only, each valid', async () => {
    const res = await get<Page<Service>>('/town-one/services')
    expect(res.status).toBe(200)
    expectValid(schemas.serviceList, res.body)
    expect(ids(res.body)).toEqual(townOnePublic())
    expect(res.body).toMatchObject({ total_items: 6, total_pages: 1, page_number: 1, size: 6, first_page: true, last_page: true, empty: false })
    const text = JSON.stringify(res.body)
    expect(text).not.toContain('Deutschkurs Entwurf')
    expect(text).not.toContain('Unveröffentlichter Entwurfstitel')
    expect(text).not.toContain('Town Two')
  })

  test('maps status: ended is defunct, expired inactive', async () => {
    const res = await get<Page<Service>>('/town-one/services')
    const status = Object.fromEntries(res.body.contents.map((s) => [s.id, s.status]))
    expect(status[dir.services.S1]).toBe('active')
    expect(status[dir.services.S6]).toBe('defunct')
    expect(status[extra.S8]).toBe('inactive')
  })

  test('refers only to public organisations', async () => {
    const res = await get<Page<Service>>('/town-one/services')
    const byId = new Map(res.body.contents.map((s) => [s.id, s]))
    expect(byId.get(dir.services.S1)?.organization_id).toBe(ctx.world.orgs.A)
    // Organisation B is a draft: its published service is listed without it.
    expect(byId.get(dir.services.S3)?.organization_id).toBeUndefined()
  })

  test('paginates with the HSDS page wrapper', async () => {
    const seen: string[] = []
    for (const page of [1, 2, 3]) {
      const res = await get<Page<Service>>(`/town-one/services?per_page=2&page=${page}`)
      expectValid(schemas.serviceList, res.body)
      expect(res.body).toMatchObject({ total_items: 6, total_pages: 3, page_number: page, size: 2, first_page: page === 1, last_page: page === 3, empty: false })
      seen.push(...res.body.contents.map((c) => c.id))
    }
    expect(sorted(...seen)).toEqual(townOnePublic())
    const past = await get<Page<Service>>('/town-one/services?per_page=2&page=4')
    expectValid(schemas.serviceList, past.body)
    expect(past.body).toMatchObject({ total_items: 6, page_number: 4, size: 0, empty: true, last_page: true, contents: [] })
  })

  test('search uses the folded search text of every language', async () => {
    const search = async (s: string) => ids((await get<Page<Service>>(`/town-one/services?search=${encodeURIComponent(s)}`)).body)
    expect(await search('deutschkurs')).toEqual(sorted(dir.services.S1, dir.services.S6))
    expect(await search('FÜR frauen')).toEqual([dir.services.S1])
    expect(await search('دورة')).toEqual([dir.services.S1])
    expect(await search('org-a migrationsberatung')).toEqual([extra.S7])
    expect(await search('Entwurf')).toEqual([])
    expect(await search('Town Two')).toEqual([])
  })

  test('taxonomy_term_id finds the term and its sub-terms', async () => {
    const byTerm = async (id: string) => {
      const res = await get<Page<Service>>(`/town-one/services?taxonomy_term_id=${id}`)
      expectValid(schemas.serviceList, res.body)
      return ids(res.body)
    }
    expect(await byTerm(dir.topics.languageEducation)).toEqual(sorted(dir.services.S1, dir.services.S3))
    expect(await byTerm(dir.topics.languageCourses)).toEqual([dir.services.S1])
    expect(await byTerm(dir.audiences.women)).toEqual(sorted(dir.services.S1, extra.S7))
    expect(await byTerm(extra.townTwoTopic)).toEqual([])
    expect(await byTerm('2ed6657d-e927-568b-95e1-2665a8aea6a2')).toEqual([])
  })

  test('organization_id lists a public organisation’s services of this town', async () => {
    const byOrg = async (town: string, id: string) => ids((await get<Page<Service>>(`/${town}/services?organization_id=${id}`)).body)
    expect(await byOrg('town-one', ctx.world.orgs.A)).toEqual(sorted(dir.services.S1, dir.services.S2, dir.services.S6, extra.S7, extra.S8))
    expect(await byOrg('town-one', ctx.world.orgs.B)).toEqual([])
    expect(await byOrg('town-one', ctx.world.orgs.C)).toEqual([])
    expect(await byOrg('town-two', ctx.world.orgs.C)).toEqual([dir.services.S5])
  })

  test('modified_after returns what changed since', async () => {
    const since = async (iso: string) => {
      const res = await get<Page<Service>>(`/town-one/services?modified_after=${encodeURIComponent(iso)}`)
      expect(res.status).toBe(200)
      return ids(res.body)
    }
    expect(await since(beforeUpdate)).toEqual([dir.services.S1])
    expect(await since('2000-01-01')).toEqual(townOnePublic())
    expect(await since('2999-01-01T00:00:00Z')).toEqual([])
    const res = await get<Page<Service>>(`/town-one/services?modified_after=${encodeURIComponent(beforeUpdate)}`)
    expect(new Date(res.body.contents[0]?.last_modified ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(beforeUpdate).getTime())
  })

  test('full=true nests everything, still valid', async () => {
    const res = await get<Page<Service>>('/town-one/services?full=true&per_page=3')
    expect(res.status).toBe(200)
    expectValid(schemas.serviceFullList, res.body)
    for (const s of res.body.contents) expectValid(schemas.service, s)
    expect(res.body.contents.every((s) => Array.isArray(s.service_at_locations))).toBe(true)
  })

  test.each([
    ['page=0', /page/],
    ['page=two', /page/],
    ['per_page=101', /per_page/],
    ['per_page=-5', /per_page/],
    ['modified_after=last-week', /modified_after/],
    ['taxonomy_term_id=language-courses', /taxonomy_term_id/],
    ['organization_id=org-a', /organization_id/],
    ['full=yes', /full/],
    ['format=ndjson', /format/],
    ['locale=xx', /locale/],
  ])('%s is a 400 with the reason', async (query, reason) => {
    const res = await get<Problem>(`/town-one/services?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0]?.message).toMatch(reason)
  })
})

describe('/services/{id}', () => {
  test('a fully nested service, valid against both schema forms', async () => {
    const res = await get<Service>(`/town-one/services/${extra.S7}`)
    expect(res.status).toBe(200)
    expectValid(schemas.service, res.body)
    expectValid(schemas.serviceObject, res.body)
    const s = res.body
    expect(s).toMatchObject({
      id: extra.S7,
      name: 'Migrationsberatung',
      status: 'active',
      email: 'beratung@example.org',
      organization_id: ctx.world.orgs.A,
      organization: { id: ctx.world.orgs.A, name: 'org-a' },
      eligibility_description: 'Erwachsene ab 18 Jahren',
      application_process: 'Termin telefonisch vereinbaren',
    })
    expect(s.assured_date).toBe(today)
    expect(s.phones.map((p) => p.number)).toEqual(['+49 3691 123456'])
    expect(s.languages).toEqual([expect.objectContaining({ code: 'ar', name: 'Arabisch' }), expect.objectContaining({ code: 'ti', name: 'Tigrinya' })])
    expect(s.cost_options).toEqual([expect.objectContaining({ amount: 12.5, currency: 'EUR', amount_description: 'pro Termin' })])
    expect(s.required_documents.map((d) => d.document)).toEqual(['Pass und Aufenthaltstitel'])
    expect(s.contacts.map((c) => c.name)).toEqual(['Frau Beispiel'])
    expect(s.attributes.map((a) => [a.link_type, a.taxonomy_term_id, a.taxonomy_term.code])).toEqual([
      ['topic', dir.topics.work, 'work'],
      ['audience', dir.audiences.women, 'women'],
    ])
  })

  test('locations: public ones only, with address, coordinates and the hours that apply', async () => {
    const s = (await get<Service>(`/town-one/services/${extra.S7}`)).body
    // The draft location is left out.
    expect(s.service_at_locations.map((sal) => sal.location_id)).toEqual([dir.locations.LA1])
    const sal = s.service_at_locations[0]
    expect(sal?.location).toMatchObject({
      id: dir.locations.LA1,
      name: 'Beratungszentrum Nord',
      organization_id: ctx.world.orgs.A,
      latitude: 50.98,
      longitude: 10.32,
      transportation: 'Bus 3, Haltestelle Markt',
      addresses: [expect.objectContaining({ address_1: 'Markt 1', postal_code: '99817', city: 'Eisenach', state_province: 'Thüringen', country: 'DE' })],
      accessibility: [expect.objectContaining({ description: 'Eingang hinten, stufenlos.' })],
    })
    // The location's own hours stay on the location ...
    expect(sal?.location.schedules.map((h) => [h.byday, h.opens_at, h.closes_at])).toEqual([['MO,TU,WE,TH,FR', '09:00', '17:00']])
    // ... the service's hours there are its own, within its validity and around the closure.
    expect(sal?.schedules.map((h) => [h.byday, h.opens_at, h.closes_at, h.valid_from, h.valid_to])).toEqual([
      ['MO,WE', '10:00', '12:00', '2020-01-01', addDays(today, 9)],
      ['MO,WE', '10:00', '12:00', addDays(today, 21), '2099-12-31'],
    ])
    expect(sal?.schedules.every((h) => h.schedule_link === 'https://termine.example.org/migration' && h.notes?.endsWith('Fortbildung'))).toBe(true)
  })

  test('a service of a draft organisation has no organisation; hours past midnight stay as they are', async () => {
    const res = await get<Service>(`/town-one/services/${dir.services.S3}`)
    expect(res.status).toBe(200)
    expectValid(schemas.service, res.body)
    expect(res.body.organization).toBeUndefined()
    expect(res.body.organization_id).toBeUndefined()
    const location = res.body.service_at_locations[0]?.location
    expect(location?.organization_id).toBeUndefined()
    expect(location?.schedules.map((h) => [h.byday, h.opens_at, h.closes_at])).toEqual([
      ['SU', '10:00', '11:00'],
      ['FR', '20:00', '02:00'],
    ])
    expect(JSON.stringify(res.body)).not.toContain('org-b')
  })

  test('German by default, another content language on request', async () => {
    const de = await get<Service>(`/town-one/services/${dir.services.S1}`)
    expect(de.body.name).toBe('Deutschkurs für Frauen')
    expect(de.body.eligibility_description).toBe('Frauen mit Kindern')
    const ar = await get<Service>(`/town-one/services/${dir.services.S1}?locale=ar`)
    expect(ar.status).toBe(200)
    expectValid(schemas.service, ar.body)
    expect(ar.body.name).toBe('دورة ألمانية للنساء')
    expect(ar.body.languages.find((l) => l.code === 'de')?.name).toBe('الألمانية')
  })

  test('the published version, never a newer draft', async () => {
    const res = await get<Service>(`/town-one/services/${dir.services.S2}`)
    expect(res.body.name).toBe('Wohnungsberatung')
  })

  test('never staff-only data, even for a logged-in editor', async () => {
    for (const token of [undefined, ctx.tokens.editor1, ctx.tokens.admin]) {
      for (const p of [`/town-one/services/${extra.S7}`, `/town-one/services?full=true&per_page=100`, `/town-one/organizations/${ctx.world.orgs.A}`]) {
        const res = await get(p, token)
        expect(res.status).toBe(200)
        const text = JSON.stringify(res.body)
        for (const secret of ['secret of org-a', 'searchText', 'pendingReview', 'lastVerifiedBy', 'internalNotes', '@test.example', 'Geheimer Entwurfsstandort', 'Unveröffentlichter', '_status']) {
          expect(text).not.toContain(secret)
        }
      }
    }
  })

  test('drafts, other towns’ services and unknown ids are 404', async () => {
    const cases: [string, string][] = [
      ['town-one', dir.services.S4],
      ['town-one', dir.services.S5],
      ['town-two', dir.services.S1],
      ['town-one', '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
      ['town-one', 'not-a-uuid'],
    ]
    for (const [town, id] of cases) {
      const res = await get<Problem>(`/${town}/services/${id}`)
      expect(res.status).toBe(404)
      expect(res.body.errors[0]?.message).toBeTruthy()
    }
    const other = await get<Service>(`/town-two/services/${dir.services.S5}`)
    expect(other.status).toBe(200)
    expectValid(schemas.service, other.body)
    expect(other.body.service_at_locations.map((s) => s.location.name)).toEqual(['Standort Town Two'])
  })
})

describe('ids on MongoDB', () => {
  test('where ids are derived, `/{id}` finds the document by comparing the town’s ids, with the same results', async () => {
    // Pretend to be the MongoDB adapter: the lookup then scans instead of asking for the id.
    const db = ctx.payload.db as unknown as { name: string }
    const adapter = db.name
    const find = jest.spyOn(ctx.payload, 'find')
    db.name = 'mongoose'
    try {
      expect((await get(`/town-one/services/${extra.S7}`)).status).toBe(200)
      expect((await get(`/town-one/services/${dir.services.S4}`)).status).toBe(404)
      expect((await get(`/town-one/services/${dir.services.S5}`)).status).toBe(404)
      expect((await get(`/town-one/organizations/${ctx.world.orgs.A}`)).status).toBe(200)
      expect((await get(`/town-one/organizations/${ctx.world.orgs.B}`)).status).toBe(404)
      expect(ids((await get<Page<Service>>(`/town-one/services?organization_id=${ctx.world.orgs.A}`)).body)).toHaveLength(5)
      const lookups = find.mock.calls.map(([args]) => args).filter((a) => a.select && Object.keys(a.select).length === 0 && a.collection !== 'municipalities')
      expect(lookups.length).toBeGreaterThanOrEqual(5)
      expect(lookups.every((a) => !JSON.stringify(a.where).includes('"id"'))).toBe(true)
    } finally {
      db.name = adapter
      find.mockRestore()
    }
  })
})

describe('/organizations', () => {
  test('lists the town’s published organisations only', async () => {
    const res = await get<Page<{ id: string; name: string }>>('/town-one/organizations')
    expect(res.status).toBe(200)
    expectValid(schemas.organizationList, res.body)
    expect(ids(res.body)).toEqual([ctx.world.orgs.A])
    expect((await get<Page<{ id: string }>>('/town-two/organizations')).body.contents.map((o) => o.id)).toEqual([ctx.world.orgs.C])
    expect((await get<Page<{ id: string }>>('/town-one/organizations?search=ORG-A')).body.size).toBe(1)
    expect((await get<Page<{ id: string }>>('/town-one/organizations?search=org-c')).body.size).toBe(0)
    const paged = await get<Page<{ id: string }>>('/town-one/organizations?per_page=1&page=2')
    expectValid(schemas.organizationList, paged.body)
    expect(paged.body).toMatchObject({ total_items: 1, page_number: 2, empty: true })
    expect((await get<Problem>('/town-one/organizations?per_page=1000')).status).toBe(400)
  })

  test('one organisation with its public locations and services', async () => {
    const res = await get<{ id: string; locations: Location[]; services: Service[] }>(`/town-one/organizations/${ctx.world.orgs.A}`)
    expect(res.status).toBe(200)
    expectValid(schemas.organization, res.body)
    for (const s of res.body.services) expectValid(schemas.serviceItem, s)
    expect(res.body.locations.map((l) => l.id).sort()).toEqual(sorted(dir.locations.LA1, dir.locations.LA2))
    expect(res.body.services.map((s) => s.id).sort()).toEqual(sorted(dir.services.S1, dir.services.S2, dir.services.S6, extra.S7, extra.S8))
  })

  test('draft organisations and other towns’ are 404', async () => {
    for (const [town, id] of [
      ['town-one', ctx.world.orgs.B],
      ['town-one', ctx.world.orgs.C],
      ['town-two', ctx.world.orgs.D],
      ['town-one', 'nope'],
    ] as const) {
      expect((await get(`/${town}/organizations/${id}`)).status).toBe(404)
    }
  })
})

describe('/taxonomies and /taxonomy_terms', () => {
  test('each town has its own topics and audiences taxonomies', async () => {
    const one = await get<Page<{ id: string; name: string }>>('/town-one/taxonomies')
    expect(one.status).toBe(200)
    expectValid(schemas.taxonomyList, one.body)
    expect(one.body.contents.map((t) => t.name)).toEqual(['Themen', 'Zielgruppen'])
    const two = await get<Page<{ id: string }>>('/town-two/taxonomies')
    expect(one.body.contents.every((t) => isUuid(t.id))).toBe(true)
    expect(two.body.contents.map((t) => t.id)).not.toContain(one.body.contents[0]?.id)
    const topics = one.body.contents[0]?.id ?? ''
    const single = await get(`/town-one/taxonomies/${topics}`)
    expect(single.status).toBe(200)
    expectValid(schemas.taxonomy, single.body)
    expect((await get(`/town-two/taxonomies/${topics}`)).status).toBe(404)
    expect((await get<Page<{ name: string }>>('/town-one/taxonomies?locale=en')).body.contents.map((t) => t.name)).toEqual(['Topics', 'Audiences'])
  })

  test('terms with their taxonomy, parent and filters', async () => {
    const all = await get<Page<{ id: string; name: string; parent_id?: string; taxonomy_id: string }>>('/town-one/taxonomy_terms')
    expect(all.status).toBe(200)
    expectValid(schemas.taxonomyTermList, all.body)
    const expected = sorted(dir.topics.languageEducation, dir.topics.languageCourses, dir.topics.work, dir.audiences.women)
    expect(ids(all.body)).toEqual(expected)
    expect(all.body.contents.find((t) => t.id === dir.topics.languageCourses)?.parent_id).toBe(dir.topics.languageEducation)

    const topicsId = all.body.contents.find((t) => t.id === dir.topics.work)?.taxonomy_id
    const term = async (q: string) => ids((await get<Page<{ id: string }>>(`/town-one/taxonomy_terms?${q}`)).body)
    expect(await term(`taxonomy_id=${topicsId}`)).toEqual(sorted(dir.topics.languageEducation, dir.topics.languageCourses, dir.topics.work))
    expect(await term(`parent_id=${dir.topics.languageEducation}`)).toEqual([dir.topics.languageCourses])
    expect(await term('top_only=true')).toEqual(sorted(dir.topics.languageEducation, dir.topics.work, dir.audiences.women))
    expect(await term('search=sprach')).toEqual(sorted(dir.topics.languageEducation, dir.topics.languageCourses))
    const paged = await get<Page<{ id: string }>>('/town-one/taxonomy_terms?per_page=3&page=2')
    expectValid(schemas.taxonomyTermList, paged.body)
    expect(paged.body).toMatchObject({ total_items: 4, total_pages: 2, size: 1, last_page: true })
    expect((await get<Problem>('/town-one/taxonomy_terms?parent_id=work')).status).toBe(400)
    expect((await get<Problem>('/town-one/taxonomy_terms?top_only=perhaps')).status).toBe(400)
  })

  test('one term; another town’s term is 404', async () => {
    const res = await get(`/town-one/taxonomy_terms/${dir.topics.languageCourses}`)
    expect(res.status).toBe(200)
    expectValid(schemas.taxonomyTerm, res.body)
    expect(res.body).toMatchObject({ code: 'language-courses', name: 'Sprachkurse', language: 'de' })
    expect((await get(`/town-one/taxonomy_terms/${extra.townTwoTopic}`)).status).toBe(404)
    expect((await get(`/town-two/taxonomy_terms/${extra.townTwoTopic}`)).status).toBe(200)
  })
})
