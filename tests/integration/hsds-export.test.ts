import { inflateRawSync } from 'node:zlib'
import type { ValidateFunction } from 'ajv'
import { DEFAULT_LICENSE, resolveLicense } from '@cms/hsds/export/license'
import { crc32 } from '@cms/hsds/export/zip'
import { addDays, localTime } from '@shared/openingHours'
import { buildDirectory, richServiceData, createLocation } from './helpers/directoryWorld'
import { expectValid, hsdsAjv, readFixture } from './helpers/hsdsSchemas'
import { setupWorld } from './helpers/setup'

/**
 * The whole-directory export (`/api/hsds/{town}/export…`) through Payload's real REST
 * handlers: the JSON against the official HSDS 3.0 JSON Schemas, the Tabular Data Package
 * against the official datapackage.json (tests/fixtures/hsds-3.0): file names, headers in
 * order, Table Schema constraints and types, foreign keys; and that only public data of
 * the one town is in it.
 */

const readJson = readFixture

function buildValidators() {
  const ajv = hsdsAjv()
  const schema = (file: string) => ajv.getSchema(file) as ValidateFunction
  return {
    service: ajv.compile(readJson('compiled/service_with_definitions.json')),
    serviceObject: schema('service.json'),
    organization: schema('organization.json'),
    location: schema('location.json'),
    taxonomy: schema('taxonomy.json'),
    taxonomyTerm: schema('taxonomy_term.json'),
  }
}
const schemas = buildValidators()

interface Field {
  name: string
  type: string
  format?: string
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] }
}
interface Resource {
  name: string
  path: string
  encoding?: string
  schema: { primaryKey: string; fields: Field[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] }
}
interface DataPackage {
  profile: string
  name: string
  title: string
  created: string
  licenses: { name?: string; path?: string; title?: string }[]
  contributors: { title: string; role: string }[]
  sources: { title: string; path: string }[]
  resources: Resource[]
}
const OFFICIAL = readJson('datapackage.json') as unknown as DataPackage

interface Export {
  version: string
  name: string
  title: string
  language: string
  created: string
  licenses: { name?: string; path?: string }[]
  organizations: { id: string; locations: { id: string }[]; services: { id: string }[] }[]
  services: { id: string; name: string; organization_id?: string; service_at_locations: { id: string; schedules: unknown[] }[] }[]
  locations: { id: string; schedules: unknown[] }[]
  taxonomies: { id: string }[]
  taxonomy_terms: { id: string; code?: string }[]
}

/** RFC 4180, strictly: quotes only around a whole cell, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') cell += c
      else if (text[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (c === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell: ${cell}`)
      quoted = true
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else if (c === '\r' || c === '\n') throw new Error('a bare line break outside quotes')
    else cell += c
  }
  if (quoted) throw new Error('an unclosed quote')
  if (cell !== '' || row.length) throw new Error('the last record does not end with CRLF')
  return rows
}

type Table = { header: string[]; rows: Record<string, string>[] }
function table(text: string): Table {
  const [header = [], ...records] = parseCsv(text)
  for (const r of records) expect(r).toHaveLength(header.length)
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) }
}

/** The entries of a ZIP file, read from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  expect(end).toBeGreaterThan(0)
  const out = new Map<string, Buffer>()
  let p = buf.readUInt32LE(end + 16)
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50)
    const [method, crc, packed, size, nameLength, extraLength, commentLength, offset] = [
      buf.readUInt16LE(p + 10),
      buf.readUInt32LE(p + 16),
      buf.readUInt32LE(p + 20),
      buf.readUInt32LE(p + 24),
      buf.readUInt16LE(p + 28),
      buf.readUInt16LE(p + 30),
      buf.readUInt16LE(p + 32),
      buf.readUInt32LE(p + 42),
    ] as [number, number, number, number, number, number, number, number]
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    expect(buf.readUInt32LE(offset)).toBe(0x04034b50)
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28)
    expect(method).toBe(8)
    const data = inflateRawSync(buf.subarray(start, start + packed))
    expect(data.length).toBe(size)
    expect(crc32(data)).toBe(crc)
    out.set(name, data)
    p += 46 + nameLength + extraLength + commentLength
  }
  return out
}

let ctx: Awaited<ReturnType<typeof setupWorld>>
let dir: Awaited<ReturnType<typeof buildDirectory>>
const extra = { S7: '', S8: '', LA3: '', LC1: '', townTwoTopic: '', womenTopic: '' }
type Get = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let GET: Get

/** Anything but public data of town one, in whatever form it might leak. */
const PRIVATE = [
  'secret of org-a',
  'internalNotes',
  'searchText',
  'pendingReview',
  'lastVerifiedBy',
  '@test.example',
  '"_status"',
  'Geheimer Entwurfsstandort',
  'Unveröffentlichter Entwurfstitel',
  'Deutschkurs Entwurf',
  'org-b',
  'org-c',
  'Town Two',
]

beforeAll(async () => {
  ctx = await setupWorld()
  dir = await buildDirectory(ctx.payload, ctx.world)
  GET = (await import('@payloadcms/next/routes')).REST_GET(ctx.payload.config) as Get
  const { payload, world } = ctx
  const { town1, town2 } = world.towns
  const today = localTime(new Date(), 'Europe/Berlin').date
  await payload.update({ collection: 'municipalities', id: town1, overrideAccess: true, data: { ags: '16056000' } })
  await payload.update({ collection: 'organizations', id: world.orgs.A, overrideAccess: true, data: { email: 'info@org-a.example', website: 'https://org-a.example', phone: '+49 3691 000000' } })

  const location = (data: Record<string, unknown>, draft = false) => createLocation(payload, data, draft)
  extra.LA3 = await location({ organization: world.orgs.A, name: 'Geheimer Entwurfsstandort', latitude: 50.9, longitude: 10.3 }, true)
  extra.LC1 = await location({ organization: world.orgs.C, name: 'Standort Town Two', latitude: 50.6, longitude: 10.4 })
  await payload.update({ collection: 'locations', id: dir.locations.LA1, overrideAccess: true, data: { accessibility: { stepFree: true, notes: 'Eingang hinten, stufenlos.' } } as never })

  const service = async (data: Record<string, unknown>) =>
    String((await payload.create({ collection: 'services', overrideAccess: true, data: { kind: 'counselling', _status: 'published', ...data } as never })).id)
  extra.S7 = await service({
    ...richServiceData(world, dir),
    locations: [
      {
        location: dir.locations.LA1,
        ownHours: true,
        hours: { slots: [{ day: 'mon', opens: '10:00', closes: '12:00' }], closure: { from: addDays(today, 10), to: addDays(today, 20), reason: 'Fortbildung' } },
      },
      { location: extra.LA3 },
    ],
  })
  // Text a CSV must quote, and text a spreadsheet would run.
  extra.S8 = await service({
    organization: world.orgs.A,
    title: 'Abgelaufenes Angebot',
    summary: 'Kurz, "knapp"\nund gut',
    howToApply: '=HYPERLINK("https://evil.example","klick")',
    validTo: '2020-06-30T12:00:00.000Z',
  })
  // The same slug in both vocabularies (as in the demo data): one code for two terms unless qualified.
  extra.womenTopic = String(
    (await payload.create({ collection: 'topics', overrideAccess: true, data: { municipality: town1, slug: 'women', name: 'Gleichstellung' } as never })).id,
  )
  extra.townTwoTopic = String(
    (await payload.create({ collection: 'topics', overrideAccess: true, data: { municipality: town2, slug: 'arbeit', name: 'Arbeit (Town Two)' } as never })).id,
  )
  await payload.update({ collection: 'services', id: dir.services.S5, overrideAccess: true, data: { locations: [{ location: extra.LC1 }] } as never })
  // A newer draft over a published service: the export must keep the published text.
  await payload.update({ collection: 'services', id: dir.services.S2, overrideAccess: true, draft: true, data: { title: 'Unveröffentlichter Entwurfstitel', _status: 'draft' } as never })
})
afterAll(async () => ctx?.cleanup())

/** A GET through Payload's REST route, with the raw response (headers, bytes). */
async function fetchRaw(p: string, token?: string): Promise<Response> {
  const url = new URL(p.startsWith('http') ? p : `http://localhost/api/hsds${p}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  return GET(new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} }), { params: Promise.resolve({ slug }) })
}
async function getText(p: string, token?: string): Promise<string> {
  const res = await fetchRaw(p, token)
  expect(res.status).toBe(200)
  return res.text()
}
const getExport = async (town = 'town-one', token?: string) => JSON.parse(await getText(`/${town}/export.json`, token)) as Export
const getPackage = async (query = '') => JSON.parse(await getText(`/town-one/export/datapackage.json${query}`)) as DataPackage
const sorted = (...values: string[]) => [...values].sort()
const withoutCreated = <T extends { created?: string }>(x: T) => ({ ...x, created: undefined })

/** Every CSV of town one's package, fetched as the descriptor links it. */
async function allTables(): Promise<Map<string, { text: string; table: Table; resource: Resource }>> {
  const pkg = await getPackage()
  const out = new Map<string, { text: string; table: Table; resource: Resource }>()
  for (const resource of pkg.resources) {
    const text = await getText(`/town-one/export/${resource.path}`)
    out.set(resource.name, { text, table: table(text), resource })
  }
  return out
}
const townOnePublic = () => sorted(dir.services.S1, dir.services.S2, dir.services.S3, dir.services.S6, extra.S7, extra.S8)
/** The tables leave out S3: its organisation is a draft, and the table schema requires one (cms/hsds/export/tables.ts). */
const townOneTabular = () => townOnePublic().filter((id) => id !== dir.services.S3)

describe('GET /api/hsds/{town}/export.json', () => {
  test('a download of the whole public directory, every object valid HSDS', async () => {
    const res = await fetchRaw('/town-one/export.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="town-one-hsds.json"')
    const body = JSON.parse(await res.text()) as Export
    expect(body).toMatchObject({ version: '3.0', profile: 'https://openreferral.org', name: 'town-one-hsds', language: 'de', licenses: [DEFAULT_LICENSE] })
    expect(body.title).toContain('town-one')
    expect(new Date(body.created).toISOString()).toBe(body.created)
    for (const s of body.services) {
      expectValid(schemas.service, s)
      expectValid(schemas.serviceObject, s)
    }
    for (const o of body.organizations) expectValid(schemas.organization, o)
    for (const l of body.locations) expectValid(schemas.location, l)
    for (const t of body.taxonomies) expectValid(schemas.taxonomy, t)
    for (const t of body.taxonomy_terms) expectValid(schemas.taxonomyTerm, t)

    expect(body.services.map((s) => s.id).sort()).toEqual(townOnePublic())
    expect(body.organizations.map((o) => o.id)).toEqual([ctx.world.orgs.A])
    // Every published location, also one of a draft organisation (its service is public); no draft, no other town's.
    expect(body.locations.map((l) => l.id).sort()).toEqual(sorted(dir.locations.LA1, dir.locations.LA2, dir.locations.LB1))
    expect(body.taxonomies).toHaveLength(2)
    expect(body.taxonomy_terms.map((t) => t.id).sort()).toEqual(sorted(dir.topics.languageEducation, dir.topics.languageCourses, dir.topics.work, dir.audiences.women, extra.womenTopic))
    // Codes are unique: a slug both vocabularies use names its vocabulary, the others stay as they are.
    const codes = Object.fromEntries(body.taxonomy_terms.map((t) => [t.id, t.code]))
    expect([codes[dir.audiences.women], codes[extra.womenTopic], codes[dir.topics.work]]).toEqual(['audiences:women', 'topics:women', 'work'])
  })

  test('each object exactly as the API serves it on its own', async () => {
    const body = await getExport()
    for (const s of body.services) expect(s).toEqual(JSON.parse(await getText(`/town-one/services/${s.id}`)))
    for (const o of body.organizations) expect(o).toEqual(JSON.parse(await getText(`/town-one/organizations/${o.id}`)))
    const terms = JSON.parse(await getText('/town-one/taxonomy_terms?per_page=100')) as { contents: unknown[] }
    expect(body.taxonomy_terms).toEqual(terms.contents)
  })

  test('no draft, staff-only or other town’s data, whoever asks', async () => {
    const anonymous = await getExport()
    for (const token of [ctx.tokens.editor1, ctx.tokens.admin]) expect(withoutCreated(await getExport('town-one', token))).toEqual(withoutCreated(anonymous))
    const text = JSON.stringify(anonymous)
    for (const secret of PRIVATE) expect(text).not.toContain(secret)
    expect(text).toContain('Wohnungsberatung')

    const two = await getExport('town-two')
    expect(two.services.map((s) => s.id)).toEqual([dir.services.S5])
    expect(two.organizations.map((o) => o.id)).toEqual([ctx.world.orgs.C])
    expect(two.locations.map((l) => l.id)).toEqual([extra.LC1])
    expect(two.taxonomy_terms.map((t) => t.id)).toEqual([extra.townTwoTopic])
    expect(JSON.stringify(two)).not.toMatch(/org-a|Deutschkurs für Frauen|Beratungszentrum/)
  })

  test('another content language on request; unknown towns and languages refused', async () => {
    const de = await getExport('town-one')
    const arabic = JSON.parse(await getText('/town-one/export.json?locale=ar')) as Export
    expect(arabic.language).toBe('ar')
    expect(arabic.services.find((s) => s.id === dir.services.S1)?.name).toBe('دورة ألمانية للنساء')
    expect(arabic.services.map((s) => s.id)).toEqual(de.services.map((s) => s.id))
    expect((await fetchRaw('/nowhere/export.json')).status).toBe(404)
    expect((await fetchRaw('/town-one/export.json?locale=xx')).status).toBe(400)
  })
})

describe('the Tabular Data Package', () => {
  test('the descriptor: the official resources and table schemas, our name, licence and links', async () => {
    const res = await fetchRaw('/town-one/export/datapackage.json')
    expect(res.status).toBe(200)
    const pkg = JSON.parse(await res.text()) as DataPackage
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'town-one-hsds', licenses: [DEFAULT_LICENSE], contributors: [{ title: 'town-one', role: 'publisher' }] })
    expect(DEFAULT_LICENSE).toEqual({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' })
    expect(pkg.name).toMatch(/^[a-z0-9._/-]+$/)
    expect(pkg.title).toContain('town-one')
    expect(new Date(pkg.created).toISOString()).toBe(pkg.created)
    expect(pkg.sources[0]?.path).toMatch(/openreferral\/specification/)
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual(OFFICIAL.resources.map((r) => [r.name, r.path]))
    for (const [i, r] of pkg.resources.entries()) {
      expect(r.schema).toEqual(OFFICIAL.resources[i]?.schema)
      expect(r.encoding).toBe('utf-8')
    }
  })

  test('every path resolves: beside the descriptor, or absolute URLs when the public URL is known', async () => {
    const pkg = await getPackage()
    for (const r of pkg.resources) {
      // Relative paths resolve against the descriptor's URL.
      const url = new URL(r.path, 'http://localhost/api/hsds/town-one/export/datapackage.json')
      const res = await fetchRaw(url.toString())
      expect([r.path, res.status, res.headers.get('content-type')]).toEqual([r.path, 200, 'text/csv; charset=utf-8; header=present'])
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${r.path}"`)
    }
    const config = ctx.payload.config as { serverURL: string }
    const before = config.serverURL
    config.serverURL = 'https://portal.example'
    try {
      const absolute = await getPackage('?locale=en')
      for (const r of absolute.resources) {
        expect(r.path).toBe(`https://portal.example/api/hsds/town-one/export/${OFFICIAL.resources.find((o) => o.name === r.name)?.path}?locale=en`)
        expect((await fetchRaw(r.path.replace('https://portal.example', 'http://localhost'))).status).toBe(200)
      }
    } finally {
      config.serverURL = before
    }
    expect((await fetchRaw('/town-one/export/nothing.csv')).status).toBe(404)
    expect((await fetchRaw('/nowhere/export/services.csv')).status).toBe(404)
  })

  test('each CSV: RFC 4180 in UTF-8 without BOM, the schema’s fields in order as header', async () => {
    for (const [, { text, table: t, resource }] of await allTables()) {
      expect(text.charCodeAt(0)).not.toBe(0xfeff)
      expect(t.header).toEqual(resource.schema.fields.map((f) => f.name))
    }
  })

  test('rows keep Table Schema: required, unique, enums, types and formats', async () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const TYPES: Record<string, RegExp> = {
      number: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      time: /^\d{2}:\d{2}:\d{2}$/,
      datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
    }
    const FORMATS: Record<string, RegExp> = { uuid: UUID, email: /^[^@\s]+@[^@\s]+$/, uri: /^https?:\/\/\S+$/ }
    const tables = await allTables()
    const publicOrgs = new Set(tables.get('organization')?.table.rows.map((o) => o.id))
    for (const [name, { table: t, resource }] of tables) {
      for (const field of resource.schema.fields) {
        const values = t.rows.map((row) => row[field.name] ?? '')
        const c = field.constraints ?? {}
        if (c.required) expect([name, field.name, t.rows.filter((row) => !row[field.name]).length]).toEqual([name, field.name, 0])
        const filled = values.filter(Boolean)
        if (c.unique) expect([name, field.name, new Set(filled).size]).toEqual([name, field.name, filled.length])
        for (const v of filled) {
          if (c.enum) expect(c.enum).toContain(v)
          if (TYPES[field.type]) expect([name, field.name, v]).toEqual([name, field.name, expect.stringMatching(TYPES[field.type] as RegExp)])
          if (field.format && FORMATS[field.format]) expect([name, field.name, v]).toEqual([name, field.name, expect.stringMatching(FORMATS[field.format] as RegExp)])
        }
      }
    }
    expect([...publicOrgs]).toEqual([ctx.world.orgs.A])
  })

  test('foreign keys resolve, declared ones and the polymorphic ones', async () => {
    const tables = await allTables()
    const ids = (resource: string) => new Set(tables.get(resource)?.table.rows.map((r) => r.id))
    let checked = 0
    for (const [name, { table: t, resource }] of tables) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = ids(fk.reference.resource)
        for (const row of t.rows) {
          const value = row[fk.fields]
          if (!value) continue
          checked++
          expect([name, fk.fields, target.has(value)]).toEqual([name, fk.fields, true])
        }
      }
    }
    expect(checked).toBeGreaterThan(30)
    const services = ids('service')
    for (const a of tables.get('attribute')?.table.rows ?? []) expect(services.has(a.link_id ?? '')).toBe(true)
    const terms = ids('taxonomy_term')
    const parents = (tables.get('taxonomy_term')?.table.rows ?? []).map((t) => t.parent_id).filter(Boolean)
    expect(parents).toEqual([dir.topics.languageEducation])
    for (const p of parents) expect(terms.has(p ?? '')).toBe(true)
  })

  test('the CSVs hold what the JSON holds, cell by cell where it matters', async () => {
    const json = await getExport()
    const tables = await allTables()
    const rows = (resource: string) => tables.get(resource)?.table.rows ?? []
    const idsOf = (resource: string) => rows(resource).map((r) => r.id).sort()
    expect(idsOf('service')).toEqual(townOneTabular())
    // S3 is left out with everything that hangs on it; its location, being public, is not.
    const tabular = json.services.filter((s) => s.organization_id)
    expect(tabular.map((s) => s.id).sort()).toEqual(townOneTabular())
    for (const r of ['service_at_location', 'phone', 'schedule', 'language', 'cost_option', 'attribute']) expect(rows(r).some((x) => x.service_id === dir.services.S3 || x.link_id === dir.services.S3)).toBe(false)
    expect(idsOf('organization')).toEqual([ctx.world.orgs.A])
    expect(idsOf('location')).toEqual(json.locations.map((l) => l.id).sort())
    expect(idsOf('service_at_location')).toEqual(tabular.flatMap((s) => s.service_at_locations.map((sal) => sal.id)).sort())
    expect(rows('service_at_location')).toHaveLength(4)
    expect(rows('schedule')).toHaveLength(json.locations.flatMap((l) => l.schedules).length + tabular.flatMap((s) => s.service_at_locations.flatMap((sal) => sal.schedules)).length)
    expect(idsOf('taxonomy')).toEqual(json.taxonomies.map((t) => t.id).sort())
    expect(idsOf('taxonomy_term')).toEqual(json.taxonomy_terms.map((t) => t.id).sort())
    for (const empty of ['program', 'funding', 'service_area', 'metadata', 'meta_table_description', 'organization_identifier']) expect(rows(empty)).toEqual([])

    const s7 = rows('service').find((s) => s.id === extra.S7)
    expect(s7).toMatchObject({ organization_id: ctx.world.orgs.A, name: 'Migrationsberatung', status: 'active', email: 'beratung@example.org', eligibility_description: 'Erwachsene ab 18 Jahren', program_id: '' })
    expect(s7?.last_modified).toMatch(/Z$/)
    expect(rows('organization')[0]).toMatchObject({ name: 'org-a', description: 'org-a', email: 'info@org-a.example', website: 'https://org-a.example' })
    // Phone numbers stay numbers; formulas are defused; quotes, commas and line breaks survive.
    expect(rows('phone').map((p) => [p.number, p.service_id || p.organization_id]).sort()).toEqual(
      [
        ['+49 3691 000000', ctx.world.orgs.A],
        ['+49 3691 123456', extra.S7],
      ].sort(),
    )
    const s8 = rows('service').find((s) => s.id === extra.S8)
    expect(s8?.application_process).toBe(`'=HYPERLINK("https://evil.example","klick")`)
    expect(s8?.description).toBe('Kurz, "knapp"\nund gut')
    expect(s8?.status).toBe('inactive')
    expect(rows('cost_option').find((c) => c.service_id === extra.S7)).toMatchObject({ currency: 'EUR', amount: '12.5', amount_description: 'pro Termin' })
    expect(rows('language').filter((l) => l.service_id === extra.S7).map((l) => [l.code, l.name])).toEqual([
      ['ar', 'Arabisch'],
      ['ti', 'Tigrinya'],
    ])
    expect(rows('address').find((a) => a.location_id === dir.locations.LA1)).toMatchObject({ address_1: 'Markt 1', postal_code: '99817', city: 'Eisenach', state_province: 'Thüringen', country: 'DE', address_type: 'physical' })
    expect(rows('accessibility').map((a) => [a.location_id, a.description])).toEqual([[dir.locations.LA1, 'Eingang hinten, stufenlos.']])
    expect(rows('location').find((l) => l.id === dir.locations.LB1)?.organization_id).toBe('')
    const hours = rows('schedule').filter((h) => h.service_id === extra.S7)
    expect(hours.map((h) => [h.byday, h.opens_at, h.closes_at, h.location_id, h.schedule_link])).toEqual([
      ['MO', '10:00:00', '12:00:00', dir.locations.LA1, 'https://termine.example.org/migration'],
      ['MO', '10:00:00', '12:00:00', dir.locations.LA1, 'https://termine.example.org/migration'],
    ])
    expect(rows('attribute').filter((a) => a.link_id === extra.S7).map((a) => [a.taxonomy_term_id, a.link_type, a.link_entity])).toEqual([
      [dir.topics.work, 'topic', 'service'],
      [dir.audiences.women, 'audience', 'service'],
    ])
    expect(rows('contact').map((c) => c.name)).toEqual(['Frau Beispiel'])
    expect(rows('required_document').map((d) => d.document)).toEqual(['Pass und Aufenthaltstitel'])
  })

  test('no draft, staff-only or other town’s data in any file', async () => {
    for (const [, { text }] of await allTables()) for (const secret of PRIVATE) expect(text).not.toContain(secret)
    const two = await getText('/town-two/export/services.csv')
    expect(table(two).rows.map((s) => s.id)).toEqual([dir.services.S5])
  })

  test('the same ids and the same files in a second export', async () => {
    const first = await allTables()
    const second = await allTables()
    for (const [name, { text }] of first) expect([name, second.get(name)?.text]).toEqual([name, text])
    expect(withoutCreated(await getExport())).toEqual(withoutCreated(await getExport()))
  })
})

describe('GET /api/hsds/{town}/export.zip', () => {
  test('the descriptor with relative paths and every CSV, in one file', async () => {
    const res = await fetchRaw('/town-one/export.zip')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="town-one-hsds.zip"')
    const entries = unzip(Buffer.from(await res.arrayBuffer()))
    expect([...entries.keys()]).toEqual(['datapackage.json', ...OFFICIAL.resources.map((r) => r.path)])
    const pkg = JSON.parse(entries.get('datapackage.json')?.toString('utf8') ?? '{}') as DataPackage
    expect(pkg.resources.map((r) => r.path)).toEqual(OFFICIAL.resources.map((r) => r.path))
    expect(withoutCreated(pkg)).toEqual(withoutCreated(await getPackage()))
    for (const r of OFFICIAL.resources) expect([r.path, entries.get(r.path)?.toString('utf8')]).toEqual([r.path, await getText(`/town-one/export/${r.path}`)])
  })

  test('CRC-32 as ZIP defines it', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })
})

describe('the licence', () => {
  test('default CC BY 4.0; a known id or a JSON object from OPEN_DATA_LICENSE; the option first', () => {
    expect(resolveLicense(undefined, undefined)).toEqual(DEFAULT_LICENSE)
    expect(resolveLicense(undefined, '  ')).toEqual(DEFAULT_LICENSE)
    expect(resolveLicense(undefined, 'dl-de-by-2.0')).toEqual({ name: 'DL-DE-BY-2.0', path: 'https://www.govdata.de/dl-de/by-2-0', title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' })
    expect(resolveLicense(undefined, '{"path":"https://example.org/licence","title":"Our licence"}')).toEqual({ path: 'https://example.org/licence', title: 'Our licence' })
    expect(resolveLicense({ name: 'CC0-1.0' }, 'CC-BY-4.0')).toEqual({ name: 'CC0-1.0' })
    expect(() => resolveLicense(undefined, 'CC-BY-40')).toThrow(/unknown licence/)
    expect(() => resolveLicense(undefined, '{"title":"no name, no path"}')).toThrow(/name.*path/)
    expect(() => resolveLicense(undefined, '{"name": 4}')).toThrow(/name/)
    expect(() => resolveLicense(undefined, '{oops')).toThrow(/JSON/)
  })

  test('OPEN_DATA_LICENSE reaches both downloads', async () => {
    const before = process.env.OPEN_DATA_LICENSE
    process.env.OPEN_DATA_LICENSE = 'DL-DE-ZERO-2.0'
    try {
      expect((await getPackage()).licenses).toEqual([expect.objectContaining({ name: 'DL-DE-ZERO-2.0' })])
      expect((await getExport()).licenses).toEqual([expect.objectContaining({ name: 'DL-DE-ZERO-2.0' })])
    } finally {
      if (before === undefined) delete process.env.OPEN_DATA_LICENSE
      else process.env.OPEN_DATA_LICENSE = before
    }
  })
})
