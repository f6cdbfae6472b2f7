import path from 'node:path'
import type { Payload, TypedUser } from 'payload'
import { writeTags } from '@shared/cacheTags'
import { connectApp, flushChanges, onChange } from '@cms/cache/bus'
import { detectMapping, openSpreadsheet, runImport, type ImportOptions, type SourceRow } from '@cms/import'
import { bootPayload } from './helpers/payload'

/**
 * New documents written in bulk (one insert per table and batch, cms/import/bulkCreate.ts) are
 * the documents the Local API writes: the same file is imported into two towns of one database,
 * once each way, and every document, version and translation state of the two towns is compared
 * field for field in every language (IDs, timestamps and the towns themselves aside).
 */
const CSV = path.resolve('tests/fixtures/import/angebote-beispiel.csv')
type Way = 'bulk' | 'each'
const WAYS: Way[] = ['bulk', 'each']

let payload: Payload
let cleanup: () => Promise<void>
const towns = {} as Record<Way, string>
const editors = {} as Record<Way, TypedUser>
const creates: Record<Way, number> = { bulk: 0, each: 0 }
/** What the change bus (the response cache's invalidation) heard during each way's imports. */
const told: Record<Way, Set<string>> = { bulk: new Set(), each: new Set() }
const runs: Record<Way, { summary: unknown; rows: unknown[] }[]> = { bulk: [], each: [] }

const TOPICS = ['Migrationsberatung', 'Gesundheit', 'Deutschkurse', 'Asyl und Aufenthalt', 'Wohnen', 'Kita und Schule', 'Arbeit finden', 'Freizeit und Begegnung']
const AUDIENCES = ['Geflüchtete', 'Zugewanderte aus der EU', 'Frauen', 'Familien']

const rowsOf = (records: Record<string, string>[]): SourceRow[] => records.map((values, i) => ({ row: i + 2, values }))
const mappingOf = (records: Record<string, string>[]) => detectMapping([...new Set(records.flatMap((r) => Object.keys(r)))]).mapping

/** Rows that are not in the file: new ones (an organisation with two places, one with a place named by ID) and one that changes a row of the file. */
const more = (suffix: string): Record<string, string>[] => [
  { 'Externe ID': `N-1${suffix}`, Organisation: `Neuer Verein${suffix}`, Angebot: 'Sprachcafé', Kurzbeschreibung: 'Deutsch üben', Themen: 'Wohnen, Gesundheit', Zielgruppe: 'Frauen', Sprachen: 'ar, fa', Kosten: '3 € pro Abend', Straße: 'Markt 9', PLZ: '99817', Ort: 'Eisenach', Breitengrad: '50,9747', Längengrad: '10,3199', Öffnungszeiten: 'Mo–Fr 9–12 Uhr; Sa 10–11 Uhr', Website: 'www.neu.example.org' },
  { 'Externe ID': `N-2${suffix}`, Organisation: `Neuer Verein${suffix}`, Angebot: 'Sprachcafé', Kurzbeschreibung: 'Am Abend', Straße: 'Karlstraße 2', PLZ: '99817', Ort: 'Eisenach', Breitengrad: '50,975', Längengrad: '10,316', 'Standort-ID': `P-2${suffix}` },
  { 'Externe ID': 'EA-002', Organisation: 'Caritasverband Eisenach', Angebot: 'Schuldnerberatung', Kurzbeschreibung: 'Neu: auch am Freitag.', Straße: 'Georgenstraße 43', PLZ: '99817', Ort: 'Eisenach', Breitengrad: '50,97429', Längengrad: '10,31886' },
]

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const make = async (collection: 'municipalities' | 'topics' | 'audiences' | 'organizations' | 'locations' | 'users', data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, overrideAccess: true })) as unknown as Record<string, unknown> & { id: string }
  for (const way of WAYS) {
    const town = (await make('municipalities', { name: `Eisenach ${way}`, slug: `eisenach-${way}`, defaultLocale: 'de', enabledLocales: ['de', 'en', 'ar'], timeZone: 'Europe/Berlin' })).id
    towns[way] = town
    for (const name of TOPICS) await make('topics', { municipality: town, name })
    for (const name of AUDIENCES) await make('audiences', { municipality: town, name })
    // The town's area (its places +10 km) for the coordinates check.
    const office = (await make('organizations', { municipality: town, name: 'Stadt Eisenach – Integrationsbüro', kind: 'authority', _status: 'published' })).id
    for (const [i, [latitude, longitude]] of [[50.9747, 10.3199], [50.9889, 10.2971], [50.9651, 10.3347]].entries()) {
      await make('locations', { organization: office, name: `Bürgerbüro ${i + 1}`, address: { street: `Markt ${i + 1}`, postalCode: '99817', city: 'Eisenach' }, latitude, longitude, _status: 'published' })
    }
    editors[way] = { ...(await make('users', { email: `editor-${way}@import.test`, password: 'correct-horse-battery', role: 'editor', tenants: [{ municipality: town }] })), collection: 'users' } as unknown as TypedUser
  }
  const sheet = await openSpreadsheet(CSV)
  const fileRows: SourceRow[] = []
  for await (const row of sheet.rows()) fileRows.push(row)
  const mapping = detectMapping(sheet.headers).mapping
  // Which way really went through the adapter's `create` (document by document).
  const create = payload.db.create.bind(payload.db)
  let way: Way = 'bulk'
  payload.db.create = async (args) => {
    if (['organizations', 'locations', 'services'].includes(args.collection)) creates[way]++
    return create(args)
  }
  await flushChanges()
  connectApp(payload)
  const stop = onChange((tags) => tags.forEach((t) => told[way].add(t)))
  for (way of WAYS) {
    const options = (extra: Partial<ImportOptions>): ImportOptions => ({ payload, town: `eisenach-${way}`, writes: way, batchSize: 7, ...extra })
    const record = (result: Awaited<ReturnType<typeof runImport>>) => runs[way].push({ summary: { ...result.summary, millis: 0 }, rows: result.rows })
    // The file as the system, in the town's language.
    record(await runImport(fileRows, mapping, options({})))
    // New and changed rows in another language, as an editor: new and updated documents in one batch.
    record(await runImport(rowsOf(more('')), mappingOf(more('')), options({ locale: 'en', user: editors[way] })))
    // New rows as drafts.
    record(await runImport(rowsOf(more(' B')).slice(0, 2), mappingOf(more(' B')), options({ draft: true })))
    await flushChanges()
  }
  stop()
  payload.db.create = create
}, 240000)
afterAll(async () => cleanup?.())

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
/** Fields that differ between any two saves. */
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'lastVerifiedAt', 'reviewedAt'])

/** A document's comparable form: IDs replaced by what they name, timestamps left out. */
function normalize(value: unknown, labels: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(v, labels))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !VOLATILE.has(k))
        .map(([k, v]) => [k, normalize(v, labels)]),
    )
  }
  if (typeof value === 'string') return labels.get(value) ?? value.replace(UUID, (id) => labels.get(id) ?? 'ID')
  return value
}

async function snapshot(way: Way) {
  const town = towns[way]
  const labels = new Map<string, string>([[town, 'town'], [String(editors[way].id), 'editor']])
  const all = { locale: 'all' as const, depth: 0, pagination: false as const, overrideAccess: true, draft: true }
  const inTown = { municipality: { equals: town } }
  const collections = ['topics', 'audiences', 'organizations', 'locations', 'services', 'translation-states'] as const
  const found: Record<string, Record<string, unknown>[]> = {}
  for (const collection of collections) found[collection] = (await payload.find({ collection, where: inTown, ...all })).docs as unknown as Record<string, unknown>[]
  // Labels by what identifies a document within its town.
  for (const [collection, docs] of Object.entries(found)) {
    for (const doc of docs) labels.set(String(doc.id), `${collection}:${JSON.stringify(doc.slug ?? doc.key ?? [doc.name, doc.address])}`)
  }
  const versions: Record<string, unknown[]> = {}
  for (const collection of ['organizations', 'locations', 'services'] as const) {
    const { docs } = await payload.findVersions({ collection, where: { 'version.municipality': { equals: town } }, locale: 'all', depth: 0, pagination: false, overrideAccess: true })
    versions[collection] = docs.map((v) => normalize(v, labels)).sort(byJSON)
  }
  const documents = Object.fromEntries(Object.entries(found).map(([c, docs]) => [c, docs.map((d) => normalize(d, labels)).sort(byJSON)]))
  return { documents, versions }
}

const byJSON = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b))

test('the bulk way writes new documents without the adapter’s create', () => {
  expect(creates.bulk).toBe(0)
  expect(creates.each).toBeGreaterThan(20)
})

test('the change bus hears of the bulk writes, as of the Local API’s', () => {
  for (const collection of ['organizations', 'locations', 'services']) {
    const [tag] = writeTags(collection, [towns.bulk], 'municipalities')
    expect(told.bulk).toContain(tag)
  }
  // The same pages go: the town's (the directory index's entries have their own IDs in their tags).
  const ofTown = (way: Way) => [...told[way]].filter((t) => t.startsWith(`town:${towns[way]}:`)).map((t) => t.replace(towns[way], 'TOWN')).sort()
  expect(ofTown('bulk')).toEqual(ofTown('each'))
})

test('both ways decide every row alike', () => {
  const strip = (run: { summary: unknown; rows: unknown[] }) => normalize({ ...run, rows: run.rows }, new Map())
  expect(runs.bulk.map(strip)).toEqual(runs.each.map(strip))
})

test('the documents, their versions and translation states are the same, field for field and language for language', async () => {
  const [bulk, each] = [await snapshot('bulk'), await snapshot('each')]
  const services = bulk.documents.services as Record<string, unknown>[]
  // Not vacuous: the file's services and the extra rows, with their places, hours, languages, texts and versions.
  expect(services.length).toBeGreaterThan(15)
  expect(services.some((s) => Array.isArray(s.locations) && s.locations.some((l) => (l as Record<string, unknown>).ownHours))).toBe(true)
  expect(services.some((s) => JSON.stringify(s.title).includes('"en"'))).toBe(true)
  expect(services.some((s) => s._status === 'draft')).toBe(true)
  expect(bulk.versions.services!.length).toBeGreaterThanOrEqual(services.length)
  expect(bulk).toEqual(each)
})
