import path from 'node:path'
import { ValidationError, type Payload } from 'payload'
import { townIndex } from '@cms/directory/directoryIndex'
import { detectMapping, openSpreadsheet, planImport, runImport, type ColumnMapping, type Geocoder, type ImportOptions, type RowPlan, type SourceRow } from '@cms/import'
import { EXPECTED_REASONS, HOURS_WARNING_ROW, VALID } from '../fixtures/import/examples'
import { bootPayload } from './helpers/payload'

const FIXTURES = path.resolve('tests/fixtures/import')
const XLSX = path.join(FIXTURES, 'angebote-beispiel.xlsx')
const CSV = path.join(FIXTURES, 'angebote-beispiel.csv')

let payload: Payload
let cleanup: () => Promise<void>
let town: string
let otherTown: string
const users: Record<'admin' | 'editor' | 'otherEditor' | 'provider', Record<string, unknown>> = {} as never

/** The part of a plan that must not depend on the file format or on the run being dry. */
const shape = (rows: RowPlan[]) => rows.map((r) => ({ row: r.row, action: r.action, label: r.label, problems: r.problems.map((p) => p.code), warnings: r.warnings.map((w) => w.code) }))

async function load(file: string) {
  const sheet = await openSpreadsheet(file)
  return { sheet, mapping: detectMapping(sheet.headers).mapping }
}

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ payload, town: 'eisenach', ...extra })
const count = async (collection: 'organizations' | 'locations' | 'services', municipality = town) =>
  (await payload.count({ collection, where: { municipality: { equals: municipality } }, overrideAccess: true })).totalDocs
const serviceByExternalId = async (externalId: string) =>
  (await payload.find({ collection: 'services', where: { and: [{ municipality: { equals: town } }, { externalId: { equals: externalId } }] }, overrideAccess: true, depth: 0 })).docs[0]

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const make = async (collection: 'municipalities' | 'topics' | 'audiences' | 'organizations' | 'locations' | 'services' | 'users', data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, overrideAccess: true })) as unknown as Record<string, unknown> & { id: string }
  // Two languages keep the translation-state rows (one per language and document) few.
  town = (await make('municipalities', { name: 'Eisenach', slug: 'eisenach', defaultLocale: 'de', enabledLocales: ['de', 'en'], timeZone: 'Europe/Berlin' })).id
  otherTown = (await make('municipalities', { name: 'Meiningen', slug: 'meiningen', defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' })).id
  for (const name of ['Migrationsberatung', 'Gesundheit', 'Deutschkurse', 'Asyl und Aufenthalt', 'Wohnen', 'Kita und Schule', 'Arbeit finden', 'Freizeit und Begegnung']) {
    await make('topics', { municipality: town, name })
  }
  for (const name of ['Geflüchtete', 'Zugewanderte aus der EU', 'Frauen', 'Familien']) await make('audiences', { municipality: town, name })
  // The town's office with three places: their extent (+10 km) is the area coordinates must fall into.
  const office = (await make('organizations', { municipality: town, name: 'Stadt Eisenach – Integrationsbüro', kind: 'authority', _status: 'published' })).id
  for (const [i, [latitude, longitude]] of [[50.9747, 10.3199], [50.9889, 10.2971], [50.9651, 10.3347]].entries()) {
    await make('locations', { organization: office, name: `Bürgerbüro ${i + 1}`, address: { street: `Markt ${i + 1}`, postalCode: '99817', city: 'Eisenach' }, latitude, longitude, _status: 'published' })
  }
  const other = (await make('organizations', { municipality: otherTown, name: 'Caritasverband Eisenach', kind: 'welfare', _status: 'published' })).id
  await make('services', { organization: other, title: 'Migrationsberatung für Erwachsene', externalId: 'EA-001', _status: 'published' })
  // As Payload puts a logged-in user on the request.
  const user = async (email: string, role: string, extra: Record<string, unknown>) => ({ ...(await make('users', { email, password: 'correct-horse-battery', role, ...extra })), collection: 'users' })
  users.admin = await user('admin@import.test', 'admin', {})
  users.editor = await user('editor@import.test', 'editor', { tenants: [{ municipality: town }] })
  users.otherEditor = await user('editor@other.test', 'editor', { tenants: [{ municipality: otherTown }] })
  users.provider = await user('provider@import.test', 'provider', { organizations: [office] })
  // Built before the import: the import must keep it current through the collections' hooks.
  await townIndex(payload, town)
}, 120000)
afterAll(async () => cleanup?.())

describe('the example spreadsheet', () => {
  test('every German header is recognised', async () => {
    const { sheet } = await openSpreadsheet(XLSX).then((s) => ({ sheet: s }))
    const detected = detectMapping(sheet.headers)
    expect(detected.unmapped).toEqual([])
    expect(detected.missing).toEqual([])
    expect(detected.mapping).toMatchObject({ externalId: 'Externe ID', organization: 'Organisation', title: 'Angebot', latitude: 'Breitengrad', longitude: 'Längengrad', openingHours: 'Öffnungszeiten' })
  })

  test('the dry run gives every broken row its reason and writes nothing', async () => {
    const before = await count('services')
    const { sheet, mapping } = await load(XLSX)
    const { rows, summary } = await planImport(sheet.rows(), mapping, options())
    for (const { row, reason } of EXPECTED_REASONS) {
      const plan = rows.find((r) => r.row === row)
      expect({ row, action: plan?.action, reason: plan?.problems[0]?.code }).toEqual({ row, action: 'skip', reason })
      expect(plan?.problems[0]?.message).toEqual(expect.any(String))
    }
    expect(rows.filter((r) => r.action === 'create')).toHaveLength(VALID.length)
    expect(rows.find((r) => r.row === HOURS_WARNING_ROW)?.warnings.map((w) => w.code)).toEqual(['hours-not-understood'])
    expect(summary).toMatchObject({ dryRun: true, rows: VALID.length + EXPECTED_REASONS.length, create: VALID.length, skip: EXPECTED_REASONS.length })
    expect(summary.area.source).toBe('locations')
    expect(summary.documents.services.create).toBe(VALID.length)
    expect(await count('services')).toBe(before)
    expect(await count('organizations')).toBe(1)
  })

  test('XLSX and CSV give the same plan', async () => {
    const xlsx = await load(XLSX)
    const csv = await load(CSV)
    expect(csv.mapping).toEqual(xlsx.mapping)
    const a = await planImport(xlsx.sheet.rows(), xlsx.mapping, options())
    const b = await planImport(csv.sheet.rows(), csv.mapping, options())
    expect(shape(b.rows)).toEqual(shape(a.rows))
  })

  test('the real run does what the dry run said: published, searchable, in the directory index', async () => {
    const { sheet, mapping } = await load(XLSX)
    const dry = await planImport(sheet.rows(), mapping, options())
    const progress: number[] = []
    const done = await runImport(sheet.rows(), mapping, options({ total: dry.summary.rows, onProgress: (p) => progress.push(p.processed) }))
    expect(shape(done.rows)).toEqual(shape(dry.rows))
    expect(done.summary.documents).toEqual(dry.summary.documents)
    expect(progress).toEqual(Array.from({ length: dry.summary.rows }, (_, i) => i + 1))
    expect(await count('services')).toBe(VALID.length)

    const service = await serviceByExternalId('EA-006')
    expect(service).toMatchObject({ title: 'Frauenkurs Deutsch mit Kinderbetreuung', _status: 'published', kind: 'language-course', languages: ['de', 'ar', 'fa'], cost: { type: 'free' } })
    expect(service?.searchText).toContain('volkshochschule eisenach')
    expect((service?.audiences as string[]).length).toBe(2)
    const here = (service?.locations as { location: string; ownHours: boolean; hours: { slots: { day: string; opens: string; closes: string }[] } }[])[0]
    const location = await payload.findByID({ collection: 'locations', id: String(here?.location), overrideAccess: true, depth: 0 })
    expect(location).toMatchObject({ name: 'Volkshochschule Eisenach', address: { street: 'Goethestraße 14', postalCode: '99817', city: 'Eisenach' }, latitude: 50.97211 })
    // The row's hours are the service's own at that place.
    expect(here?.ownHours).toBe(true)
    expect(here?.hours.slots.map((s) => `${s.day} ${s.opens}-${s.closes}`)).toEqual(['mon 09:00-12:00', 'mon 13:00-16:00', 'tue 09:00-12:00', 'tue 13:00-16:00', 'wed 09:00-12:00', 'wed 13:00-16:00', 'thu 09:00-12:00', 'thu 13:00-16:00', 'fri 09:00-12:00'])
    // Three VHS services share one organisation and one place.
    expect(done.summary.documents.organizations.create).toBe(10)
    expect((await payload.count({ collection: 'locations', where: { 'address.street': { equals: 'Goethestraße 14' } }, overrideAccess: true })).totalDocs).toBe(1)
    const fee = await serviceByExternalId('EA-004')
    expect(fee?.cost).toMatchObject({ type: 'fee', amount: 2.29, note: '2,29 € pro Unterrichtsstunde' })

    const index = await townIndex(payload, town)
    expect(index.services.has(String(service?.id))).toBe(true)
    const states = await payload.find({ collection: 'translation-states', where: { 'document.value': { equals: service?.id } }, overrideAccess: true })
    expect(states.docs.map((d) => d.locale).sort()).toEqual(['de', 'en'])
  })

  test('importing the same file again changes nothing', async () => {
    const before = await payload.find({ collection: 'services', where: { municipality: { equals: town } }, overrideAccess: true, pagination: false, depth: 0, sort: 'id' })
    for (const file of [XLSX, CSV]) {
      const { sheet, mapping } = await load(file)
      const { rows, summary } = await runImport(sheet.rows(), mapping, options())
      expect(rows.filter((r) => r.action !== 'skip').map((r) => r.action)).toEqual(VALID.map(() => 'unchanged'))
      expect(summary.documents.services).toEqual({ create: 0, update: 0, unchanged: VALID.length })
    }
    const after = await payload.find({ collection: 'services', where: { municipality: { equals: town } }, overrideAccess: true, pagination: false, depth: 0, sort: 'id' })
    expect(after.docs.map((d) => [d.id, d.updatedAt])).toEqual(before.docs.map((d) => [d.id, d.updatedAt]))
    expect(await count('organizations')).toBe(11)
  })

  test('another town’s entry with the same external ID is not touched', async () => {
    const { docs } = await payload.find({ collection: 'services', where: { municipality: { equals: otherTown } }, overrideAccess: true, depth: 0 })
    expect(docs.map((d) => [d.title, d.externalId])).toEqual([['Migrationsberatung für Erwachsene', 'EA-001']])
  })
})

/** Rows as a town's list has them, built in the test: header → value. */
const rowsOf = (records: Record<string, string>[], first = 2): SourceRow[] => records.map((values, i) => ({ row: first + i, values }))
const mappingOf = (records: Record<string, string>[]): ColumnMapping => detectMapping(Object.keys(records[0] ?? {})).mapping

describe('updates by external ID', () => {
  test('a changed row with the same external ID updates that service, and only it', async () => {
    const id = String((await serviceByExternalId('EA-005'))?.id)
    const { sheet, mapping } = await load(CSV)
    async function* edited(): AsyncGenerator<SourceRow> {
      for await (const row of sheet.rows()) {
        if (row.values['Externe ID'] === 'EA-005' && row.values.Angebot === 'Deutschkurs B1 am Abend') yield { ...row, values: { ...row.values, Angebot: 'Deutschkurs B1 am Abend (neu)', Sprachen: 'Deutsch, Englisch' } }
        else yield row
      }
    }
    const { rows } = await runImport(edited(), mapping, options())
    const changed = rows.filter((r) => r.action === 'update')
    expect(changed.map((r) => [r.externalId, r.service?.action, r.service?.changes])).toEqual([['EA-005', 'update', ['title', 'languages']]])
    expect(changed[0]?.service?.id).toBe(id)
    const doc = await serviceByExternalId('EA-005')
    expect(doc).toMatchObject({ id, title: 'Deutschkurs B1 am Abend (neu)', languages: ['de', 'en'], _status: 'published' })
    expect(doc?.searchText).toContain('(neu)')
    expect(await count('services')).toBe(VALID.length)
  })

  test('English headers map too; organisation and place IDs identify them; a moved place is updated in place', async () => {
    const record = {
      'External ID': 'EN-1',
      'Organization ID': 'ORG-77',
      Organization: 'Refugee Law Clinic Eisenach',
      Title: 'Legal advice for refugees',
      Category: 'Counselling',
      Languages: 'English, Arabic, Farsi',
      Cost: 'free',
      'Location ID': 'LOC-9',
      Street: 'Querstraße 3',
      'Postal code': '99817',
      City: 'Eisenach',
      Latitude: '50.9731',
      Longitude: '10.3187',
      'Opening hours': 'Wed 16:00-18:00',
      Phone: '+49 3691 555-0',
      'E-mail': 'mailto:advice@rlc-eisenach.example.org',
      Website: 'rlc-eisenach.example.org',
    }
    const mapping = mappingOf([record])
    expect(Object.keys(mapping).sort()).toEqual(
      ['externalId', 'organizationExternalId', 'organization', 'title', 'kind', 'languages', 'cost', 'locationExternalId', 'street', 'postalCode', 'city', 'latitude', 'longitude', 'openingHours', 'phone', 'email', 'website'].sort(),
    )
    const first = await runImport(rowsOf([record]), mapping, options())
    expect(first.rows[0]).toMatchObject({ action: 'create', problems: [] })
    const service = await serviceByExternalId('EN-1')
    expect(service).toMatchObject({ kind: 'counselling', languages: ['en', 'ar', 'fa'], email: 'advice@rlc-eisenach.example.org' })
    const locationID = first.rows[0]?.location?.id

    const moved = { ...record, Organization: 'Refugee Law Clinic Eisenach e. V.', Street: 'Querstraße 5', Latitude: '50.9733' }
    const second = await runImport(rowsOf([moved]), mapping, options())
    expect(second.rows[0]).toMatchObject({
      action: 'update',
      organization: { action: 'update', changes: ['name'] },
      location: { action: 'update', id: locationID, changes: ['latitude', 'address'] },
      service: { action: 'unchanged' },
    })
    const place = await payload.findByID({ collection: 'locations', id: String(locationID), overrideAccess: true, depth: 0 })
    expect(place).toMatchObject({ address: { street: 'Querstraße 5' }, latitude: 50.9733, externalId: 'LOC-9' })
  })
})

describe('rows that wait, fail or need help', () => {
  const base = { 'Externe ID': 'W-1', Organisation: 'Verein Miteinander Eisenach', Angebot: 'Sprachpatenschaften', Straße: 'Frauenberg 4', PLZ: '99817', Ort: 'Eisenach' }

  test('a geocoder fills in missing coordinates; a place it puts outside the town is refused', async () => {
    const calls: string[] = []
    const geocoder: Geocoder = {
      name: 'test',
      geocode: async (a) => {
        calls.push(a.street)
        return a.street.startsWith('Frauenberg') ? { latitude: 50.9702, longitude: 10.3165 } : { latitude: 52.52, longitude: 13.405 }
      },
    }
    const rows = [base, { ...base, 'Externe ID': 'W-2', Angebot: 'Begegnungscafé', Straße: 'Unter den Linden 1' }, { ...base, 'Externe ID': 'W-3', Angebot: 'Lesecafé' }]
    const { rows: plans } = await planImport(rowsOf(rows), mappingOf(rows), options({ geocoder }))
    expect(plans.map((p) => p.problems[0]?.code ?? p.action)).toEqual(['create', 'coordinates-outside-town', 'create'])
    // One question per address.
    expect(calls).toEqual(['Frauenberg 4', 'Unter den Linden 1'])
    const none = await planImport(rowsOf([base]), mappingOf([base]), options())
    expect(none.rows[0]?.problems[0]?.message).toMatch(/no geocoder is configured/)
    const broken: Geocoder = { name: 'down', geocode: async () => Promise.reject(new Error('503 Service Unavailable')) }
    const failed = await planImport(rowsOf([base]), mappingOf([base]), options({ geocoder: broken }))
    expect(failed.rows[0]?.problems).toEqual([expect.objectContaining({ code: 'missing-coordinates', message: expect.stringMatching(/geocoder failed: 503/) })])
  })

  test('a write the collection refuses is reported as not saved, and the run goes on', async () => {
    // Stands in for any refusal the checks before writing do not foresee.
    const hooks = payload.collections.services.config.hooks.beforeChange
    const refuse: (typeof hooks)[number] = ({ data }) => {
      if (data.title === 'Abgelehnt') throw new ValidationError({ collection: 'services', errors: [{ path: 'title', message: 'Refused for the test.' }] })
      return data
    }
    hooks.push(refuse)
    try {
      const rows = [
        { ...base, Angebot: 'Abgelehnt', Breitengrad: '50.9702', Längengrad: '10.3165' },
        { ...base, 'Externe ID': 'W-4', Angebot: 'Hausaufgabenhilfe', Breitengrad: '50.9702', Längengrad: '10.3165' },
      ]
      // A collection's hook runs where documents are saved through the Local API (new ones in
      // bulk skip it: import-batches.test.ts has a refusal of the database for them).
      const { rows: plans, summary } = await runImport(rowsOf(rows), mappingOf(rows), options({ writes: 'each' }))
      expect(plans[0]).toMatchObject({ action: 'skip', problems: [{ code: 'invalid', message: 'Not saved: title: Refused for the test.' }] })
      // The organisation and place were saved before the service failed; the next row uses them.
      expect(plans[0]).toMatchObject({ organization: { action: 'create' }, location: { action: 'create' } })
      expect(plans[0]?.service).toBeUndefined()
      expect(plans[1]).toMatchObject({ action: 'create', organization: { action: 'unchanged' }, location: { action: 'unchanged' } })
      expect(summary.reasons).toEqual({ invalid: 1 })
    } finally {
      hooks.splice(hooks.indexOf(refuse), 1)
    }
  })

  test('a provider’s change waiting for review is not published over', async () => {
    const doc = await serviceByExternalId('W-4')
    await payload.update({ collection: 'services', id: String(doc?.id), draft: true, overrideAccess: true, data: { summary: 'Entwurf des Anbieters', pendingReview: true, _status: 'draft' } })
    const row = { ...base, 'Externe ID': 'W-4', Angebot: 'Hausaufgabenhilfe', Breitengrad: '50.9702', Längengrad: '10.3165', Kurzbeschreibung: 'Neu aus der Liste' }
    const { rows } = await runImport(rowsOf([row]), mappingOf([row]), options())
    expect(rows[0]).toMatchObject({ action: 'skip', problems: [{ code: 'pending-review' }] })
  })

  test('drafts on request', async () => {
    const row = { ...base, 'Externe ID': 'D-1', Angebot: 'Entwurfsangebot', Breitengrad: '50.9702', Längengrad: '10.3165' }
    await runImport(rowsOf([row]), mappingOf([row]), options({ draft: true }))
    const draft = await payload.find({ collection: 'services', where: { title: { equals: 'Entwurfsangebot' } }, draft: true, overrideAccess: true })
    expect(draft.docs[0]).toMatchObject({ _status: 'draft', externalId: 'D-1' })
    const published = await payload.find({ collection: 'services', where: { title: { equals: 'Entwurfsangebot' } }, overrideAccess: false })
    expect(published.docs).toEqual([])
  })
})

describe('who may import', () => {
  const row = { 'Externe ID': 'U-1', Organisation: 'Verein Miteinander Eisenach', Angebot: 'Nähstube' }

  test('staff of the town may; others may not', async () => {
    const plan = (user: Record<string, unknown>) => planImport(rowsOf([row]), mappingOf([row]), options({ user: user as never }))
    await expect(plan(users.editor)).resolves.toMatchObject({ rows: [{ action: 'create' }] })
    await expect(plan(users.admin)).resolves.toMatchObject({ rows: [{ action: 'create' }] })
    await expect(plan(users.otherEditor)).rejects.toThrow(/do not work for/)
    await expect(plan(users.provider)).rejects.toThrow(/Only municipal staff/)
  })

  test('providers neither see nor change an external ID', async () => {
    const org = (await payload.find({ collection: 'organizations', where: { name: { equals: 'Stadt Eisenach – Integrationsbüro' } }, overrideAccess: true })).docs[0]
    const created = await payload.create({ collection: 'services', overrideAccess: true, data: { organization: org?.id, title: 'Sprechstunde Integrationsbüro', externalId: 'P-1', _status: 'published' } as never })
    const asProvider = { user: users.provider as never, overrideAccess: false } as const
    const seen = await payload.findByID({ collection: 'services', id: created.id, ...asProvider })
    expect(seen.externalId).toBeUndefined()
    await payload.update({ collection: 'services', id: created.id, draft: true, ...asProvider, data: { summary: 'Neu', externalId: 'HACK', _status: 'draft' } as never })
    const latest = await payload.findByID({ collection: 'services', id: created.id, draft: true, overrideAccess: true })
    expect(latest).toMatchObject({ summary: 'Neu', externalId: 'P-1' })
  })

  test('an editor’s import writes as the editor', async () => {
    const { rows } = await runImport(rowsOf([row]), mappingOf([row]), options({ user: users.editor as never }))
    expect(rows[0]).toMatchObject({ action: 'create' })
    const doc = await serviceByExternalId('U-1')
    expect(doc?.lastVerifiedBy).toBe(users.editor.id)
  })
})
