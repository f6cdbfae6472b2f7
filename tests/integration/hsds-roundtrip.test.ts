import { randomUUID } from 'node:crypto'
import type { ValidateFunction } from 'ajv'
import type { Payload } from 'payload'
import { importHsds, type HsdsImportResult } from '@cms/hsds/import'
import { hsdsPartId } from '@shared/hsdsIds'
import { addDays, localTime } from '@shared/openingHours'
import { isUuid } from '@shared/uuid'
import { richText } from '@cms/seed/lexical'
import { buildDirectory, richServiceData } from './helpers/directoryWorld'
import { expectValid, hsdsAjv, readFixture } from './helpers/hsdsSchemas'
import { bootWorld } from './helpers/world'

/**
 * HSDS export → import into an empty town → export again gives the same data; a second
 * import changes nothing; an id in the file updates its document; broken files are refused
 * whole, with the JSON path of every problem; and where the HSDS ids are free (another
 * database, here: the source's documents deleted) documents keep them as their own ids.
 */

type Json = Record<string, unknown>
interface Export {
  organizations: Json[]
  services: (Json & { id: string; name: string })[]
  locations: Json[]
  taxonomies: Json[]
  taxonomy_terms: Json[]
}

let payload: Payload
let cleanup: () => Promise<void>
let town1 = ''
let dir: Awaited<ReturnType<typeof buildDirectory>>
let S7 = ''
type Get = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let GET: Get

const ajv = hsdsAjv()
const schemas = {
  service: ajv.compile(readFixture('compiled/service_with_definitions.json')),
  organization: ajv.getSchema('organization.json') as ValidateFunction,
  location: ajv.getSchema('location.json') as ValidateFunction,
  taxonomyTerm: ajv.getSchema('taxonomy_term.json') as ValidateFunction,
}

async function exportOf(town: string): Promise<Export> {
  const url = new URL(`http://localhost/api/hsds/${town}/export.json`)
  const res = await GET(new Request(url), { params: Promise.resolve({ slug: ['hsds', town, 'export.json'] }) })
  expect(res.status).toBe(200)
  const body = (await res.json()) as Export
  for (const s of body.services) expectValid(schemas.service, s)
  for (const o of body.organizations) expectValid(schemas.organization, o)
  for (const l of body.locations) expectValid(schemas.location, l)
  for (const t of body.taxonomy_terms) expectValid(schemas.taxonomyTerm, t)
  return body
}

/** An empty town with the same vocabularies as town one (the import matches terms, it does not make them). */
async function emptyTown(slug: string): Promise<string> {
  const id = String((await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: slug, slug, ags: '16056000', defaultLocale: 'de', enabledLocales: ['de', 'en'], timeZone: 'Europe/Berlin' } })).id)
  const term = async (collection: 'topics' | 'audiences', slug: string, name: string, parent?: string) =>
    String((await payload.create({ collection, overrideAccess: true, data: { municipality: id, slug, name, ...(parent ? { parent } : {}) } as never })).id)
  const education = await term('topics', 'language-education', 'Sprache und Bildung')
  await term('topics', 'language-courses', 'Sprachkurse', education)
  await term('topics', 'work', 'Arbeit')
  await term('audiences', 'women', 'Frauen')
  return id
}

const run = (source: unknown, town: string, extra = {}): Promise<HsdsImportResult> => importHsds(source, { payload, town, ...extra })
const count = async (municipality: string) => {
  let n = 0
  for (const collection of ['organizations', 'locations', 'services'] as const) n += (await payload.count({ collection, where: { municipality: { equals: municipality } }, overrideAccess: true })).totalDocs
  return n
}

/** Stored id in `town` → the HSDS id it was imported from (its own, where it kept it), for documents and terms. */
async function idMap(town: string, source: string): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (const collection of ['organizations', 'locations', 'services'] as const) {
    const { docs } = await payload.find({ collection, where: { municipality: { equals: town } }, overrideAccess: true, pagination: false, depth: 0 })
    for (const d of docs as unknown as { id: string; externalId?: string }[]) map.set(d.id, isUuid(d.externalId) ? d.externalId : d.id)
  }
  for (const collection of ['topics', 'audiences'] as const) {
    const read = async (t: string) => (await payload.find({ collection, where: { municipality: { equals: t } }, overrideAccess: true, pagination: false, depth: 0 })).docs
    const sourceTerms = await read(source)
    for (const t of await read(town)) map.set(String(t.id), String(sourceTerms.find((s) => s.slug === t.slug)?.id))
    map.set(hsdsPartId('taxonomy', town, collection), hsdsPartId('taxonomy', source, collection))
  }
  return map
}

/**
 * An export in comparable form: ids through `map`; ids derived from others (a phone's, a
 * schedule's: UUID v5 of the owner's) as a mark, since they follow their owner's; the town's
 * name; `last_modified` (the time of the import's save) left out; lists sorted by id.
 */
function comparable(e: Export, map: Map<string, string>, townName: string): Json {
  const kept = new Set(map.values())
  const text = JSON.stringify({ organizations: e.organizations, services: e.services, locations: e.locations, taxonomies: e.taxonomies, taxonomy_terms: e.taxonomy_terms })
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => map.get(id) ?? (kept.has(id) ? id : '(derived)'))
    .replaceAll(townName, 'town-one')
  const data = JSON.parse(text, (key, value: unknown) => (key === 'last_modified' ? undefined : value)) as Record<string, Json[]>
  for (const list of Object.values(data)) list.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return data
}

beforeAll(async () => {
  const booted = await bootWorld()
  ;({ payload, cleanup } = booted)
  const world = booted.world
  town1 = world.towns.town1
  dir = await buildDirectory(payload, world)
  GET = (await import('@payloadcms/next/routes')).REST_GET(payload.config) as Get
  const today = localTime(new Date(), 'Europe/Berlin').date
  await payload.update({ collection: 'municipalities', id: town1, overrideAccess: true, data: { ags: '16056000' } })
  await payload.update({ collection: 'organizations', id: world.orgs.A, overrideAccess: true, data: { email: 'info@org-a.example', website: 'https://org-a.example', phone: '+49 3691 000000', description: 'Beratung für alle.' } })
  await payload.update({ collection: 'locations', id: dir.locations.LA2, overrideAccess: true, data: { transport: 'Bus 5, Haltestelle Markt', accessibility: { notes: 'Rampe am Eingang.' }, hours: { slots: [{ day: 'sat', opens: '10:00', closes: '14:00' }], closure: { from: addDays(today, 3), to: addDays(today, 9), reason: 'Umbau' } } } as never })
  S7 = String(
    (
      await payload.create({
        collection: 'services',
        overrideAccess: true,
        data: {
          ...richServiceData(world, dir),
          description: richText('Mit Termin.'),
          lastVerifiedAt: '2025-05-01T10:00:00.000Z',
          status: 'temporarily-closed',
          locations: [
            { location: dir.locations.LA1, ownHours: true, hours: { slots: [{ day: 'mon', opens: '10:00', closes: '12:00' }], closure: { from: addDays(today, 10), to: addDays(today, 20), reason: 'Fortbildung' } } },
            { location: dir.locations.LA2 },
          ],
          _status: 'published',
        } as never,
      })
    ).id,
  )
  // A newer draft over a published service: the export has the published text, and so has the import.
  await payload.update({ collection: 'services', id: dir.services.S2, overrideAccess: true, draft: true, data: { title: 'Unveröffentlichter Entwurfstitel', _status: 'draft' } as never })
}, 180000)
afterAll(async () => cleanup?.())

describe('export → import into an empty town → export', () => {
  let source: Export
  let town3 = ''
  let first: HsdsImportResult

  beforeAll(async () => {
    source = await exportOf('town-one')
    town3 = await emptyTown('town-three')
    first = await run(JSON.stringify(source), 'town-three')
  })

  test('every object is created, nothing is refused', () => {
    expect(first.errors).toEqual([])
    expect(first.rows.filter((r) => r.action === 'skip')).toEqual([])
    // Org A, and the draft stand-in for the services and places of org B (a draft at the source, so not in the export).
    expect(first.summary.documents).toEqual({
      organizations: { create: 2, update: 0, unchanged: 0 },
      locations: { create: source.locations.length, update: 0, unchanged: 0 },
      services: { create: source.services.length, update: 0, unchanged: 0 },
    })
    expect(source.services.map((s) => s.name)).not.toContain('Unveröffentlichter Entwurfstitel')
  })

  test('the second export has the same data (ids mapped: the first town still holds them in this database)', async () => {
    const again = await exportOf('town-three')
    const map = await idMap(town3, town1)
    expect(comparable(again, map, 'town-three')).toEqual(comparable(source, map, 'town-one'))
    // The import is complete: same numbers of everything, and a rich service as it was.
    const s7 = again.services.find((s) => s.name === 'Migrationsberatung')
    expect(s7).toMatchObject({ status: 'temporarily closed', assured_date: '2025-05-01', fees_description: 'pro Termin', application_process: 'Termin telefonisch vereinbaren' })
  })

  test('a second import changes nothing; so does importing the town’s own export', async () => {
    const second = await run(JSON.stringify(source), 'town-three')
    expect(second.errors).toEqual([])
    expect(second.summary).toMatchObject({ create: 0, update: 0, skip: 0, unchanged: second.summary.rows })
    const own = await run(await exportOf('town-three'), 'town-three')
    expect(own.summary).toMatchObject({ create: 0, update: 0, skip: 0 })
  })

  test('an id in the file updates its document', async () => {
    const changed = structuredClone(source)
    const s7 = changed.services.find((s) => s.id === S7) as Export['services'][number]
    s7.name = 'Migrationsberatung für Erwachsene'
    const result = await run(changed, 'town-three')
    expect(result.summary).toMatchObject({ create: 0, update: 1 })
    expect(result.rows.find((r) => r.action === 'update')?.service?.changes).toEqual(['title'])
    const { docs } = await payload.find({ collection: 'services', where: { and: [{ municipality: { equals: town3 } }, { externalId: { equals: S7 } }] }, overrideAccess: true })
    expect(docs.map((d) => d.title)).toEqual(['Migrationsberatung für Erwachsene'])
    // A plain array of services (as /services/{id} answers) is read too, and matches by the same ids.
    const back = await run([source.services.find((s) => s.id === S7)], 'town-three')
    expect(back.summary).toMatchObject({ create: 0, update: 1 })
  })

  test('the dry run decides and writes nothing', async () => {
    const town = await emptyTown('town-dry')
    const dry = await run(source, 'town-dry', { dryRun: true })
    expect(dry.summary).toMatchObject({ dryRun: true, create: first.summary.create })
    expect(await count(town)).toBe(0)
  })
})

describe('broken files are refused whole, each problem with its JSON path', () => {
  let town = ''
  let source: Export
  beforeAll(async () => {
    town = await emptyTown('town-broken')
    source = await exportOf('town-one')
  })

  const refused = async (input: unknown) => {
    const result = await run(input, 'town-broken')
    expect(await count(town)).toBe(0)
    expect(result.summary.create + result.summary.update).toBe(0)
    return result.errors.map((e) => `${e.code} ${e.path}: ${e.message}`)
  }

  test('not JSON, or not HSDS', async () => {
    expect(await refused('{"services": [')).toEqual([expect.stringMatching(/^invalid \$: not JSON/)])
    expect(await refused('{"hello": 1}')).toEqual([expect.stringMatching(/^invalid \$: expected an HSDS export/)])
    expect(await refused('42')).toEqual([expect.stringMatching(/^invalid \$: expected an object/)])
  })

  test('wrong types, a missing name, a bad e-mail, an unknown organisation', async () => {
    const broken = structuredClone(source) as unknown as { services: Json[]; locations: Json[]; organizations: Json[] }
    const [s0, s1, s2] = broken.services as [Json, Json, Json]
    s0.name = 42
    delete s1.name
    s2.email = 'nicht-erreichbar'
    ;(broken.locations[0] as Json).latitude = 'fünfzig'
    broken.services.push({ ...s2, id: randomUUID(), name: 'Verirrt', organization_id: randomUUID(), email: undefined, service_at_locations: [] })
    delete (broken.services[3] as Json).organization
    const errors = await refused(JSON.stringify(broken))
    expect(errors).toEqual(
      expect.arrayContaining([
        'invalid $.services[0].name: expected a string, got number 42.',
        'missing-required $.services[1].name: is required.',
        expect.stringMatching(/^bad-email \$\.services\[2\]\.email: “nicht-erreichbar”: /),
        'invalid $.locations[0].latitude: expected a number, got the string “fünfzig”.',
        expect.stringMatching(/^invalid \$\.services\[\d+\]\.organization_id: refers to organisation [0-9a-f-]+, which is neither in the file nor in the town\.$/),
      ]),
    )
  })
})

test('a given id is the server’s to keep: dropped unless the import asks', async () => {
  const id = randomUUID()
  const doc = await payload.create({ collection: 'organizations', overrideAccess: true, data: { id, name: 'Wunsch-ID', municipality: town1 } as never })
  expect(doc.id).not.toBe(id)
})

test('where the HSDS ids are free (as in another database), documents keep them as their ids', async () => {
  const source = await exportOf('town-one')
  // Free the ids: town one's directory goes (its export is all we keep of it).
  for (const collection of ['services', 'locations', 'organizations'] as const) {
    await payload.delete({ collection, where: { municipality: { equals: town1 } }, overrideAccess: true })
  }
  // Deleting a document deletes its translation states (their keys would block the same id).
  expect((await payload.count({ collection: 'translation-states', where: { municipality: { equals: town1 } }, overrideAccess: true })).totalDocs).toBe(0)
  const town4 = await emptyTown('town-four')
  const result = await run(source, 'town-four')
  expect(result.errors).toEqual([])
  const again = await exportOf('town-four')
  expect(again.services.map((s) => s.id).sort()).toEqual(source.services.map((s) => s.id).sort())
  // Only the town's own vocabulary (and the taxonomies named after the town) have other ids.
  const map = await idMap(town4, town1)
  expect(comparable(again, map, 'town-four')).toEqual(comparable(source, map, 'town-one'))
})
