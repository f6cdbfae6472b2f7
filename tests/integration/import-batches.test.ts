import { beginTransaction } from '@payloadcms/drizzle'
import { ValidationError, type Payload } from 'payload'
import { connectApp, flushChanges, onChange } from '@cms/cache/bus'
import { townIndex } from '@cms/directory/directoryIndex'
import { detectMapping, runImport, type ImportOptions, type RowPlan, type SourceRow } from '@cms/import'
import { bootPayload } from './helpers/payload'
import { de } from '@cms/i18n/de'

/**
 * The import writes its rows in batches: rows of one batch that build on each other, a save that
 * fails inside a batch's transaction, and what the rest of the portal learns of a batch.
 */
let payload: Payload
let cleanup: () => Promise<void>
let town: string

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  town = String((await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: 'Eisenach', slug: 'eisenach', defaultLocale: 'de', enabledLocales: ['de', 'en'], timeZone: 'Europe/Berlin' } as never })).id)
  await payload.create({ collection: 'topics', overrideAccess: true, data: { municipality: town, name: 'Wohnen' } as never })
  // Built before the import: the batches must keep it current.
  await townIndex(payload, town)
}, 120000)
afterAll(async () => cleanup?.())

const place = { Straße: 'Markt 5', PLZ: '99817', Ort: 'Eisenach', Breitengrad: '50,9747', Längengrad: '10,3199' }
const rowsOf = (records: Record<string, string>[]): SourceRow[] => records.map((values, i) => ({ row: i + 2, values }))
const mappingOf = (records: Record<string, string>[]) => detectMapping([...new Set(records.flatMap((r) => Object.keys(r)))]).mapping
const importRows = (records: Record<string, string>[], extra: Partial<ImportOptions> = {}) => runImport(rowsOf(records), mappingOf(records), { payload, town: 'eisenach', ...extra })
const services = async (externalIds: string[]) =>
  (await payload.find({ collection: 'services', where: { and: [{ municipality: { equals: town } }, { externalId: { in: externalIds } }] }, overrideAccess: true, depth: 0, pagination: false, sort: 'externalId' })).docs
const outcome = (rows: RowPlan[]) => rows.map((r) => [r.row, r.action, r.problems.map((p) => p.code), r.organization?.action, r.location?.action, r.service?.action])

describe('rows of one batch', () => {
  test('see what the rows before them wrote, as one row at a time does', async () => {
    const records = (prefix: string) => [
      { 'Externe ID': `${prefix}-1`, Organisation: `Verein ${prefix}`, Angebot: 'Beratung', 'Standort-ID': `${prefix}-L`, ...place },
      // The same place, named by its address this time: the place the first row created.
      { 'Externe ID': `${prefix}-2`, Organisation: `Verein ${prefix}`, Angebot: 'Sprachcafé', Themen: 'Wohnen', ...place },
      { 'Externe ID': `${prefix}-3`, Organisation: `Verein ${prefix}`, Angebot: 'Sprachcafé', ...place },
    ]
    const together = await importRows(records('A'))
    const oneByOne = await importRows(records('B'), { batchSize: 1 })
    expect(outcome(together.rows)).toEqual(outcome(oneByOne.rows))
    expect(outcome(together.rows)).toEqual([
      [2, 'create', [], 'create', 'create', 'create'],
      [3, 'create', [], 'unchanged', 'unchanged', 'create'],
      [4, 'create', [], 'unchanged', 'unchanged', 'create'],
    ])
    expect(together.rows[1]?.location?.id).toBe(together.rows[0]?.location?.id)
    const [first, second, third] = await services(['A-1', 'A-2', 'A-3'])
    // The slug field made the second "Sprachcafé" unique in the town.
    expect([first?.slug, second?.slug, third?.slug]).toEqual(['beratung', 'sprachcafe', 'sprachcafe-2'])
    expect(second?.searchText).toContain('verein a')
  })
})

describe('a bulk write the database refuses (no transaction)', () => {
  test('what it wrote is taken back; the rows are done again one by one, and only the bad one is reported', async () => {
    // The database refuses one service's language row, in the bulk insert and on its own. On
    // drizzle's class, not the instance: a save through the Local API runs in a transaction of its
    // own, whose drizzle object is another instance of that class.
    type Insert = (this: unknown, table: object) => { values: (rows: unknown) => unknown }
    let drizzle = (payload.db as unknown as { drizzle: object }).drizzle
    while (!Object.prototype.hasOwnProperty.call(drizzle, 'insert')) drizzle = Object.getPrototypeOf(drizzle) as object
    const owner = drizzle as { insert: Insert }
    const languages = (payload.db as unknown as { tables: Record<string, object> }).tables.services_locales
    const insert = owner.insert
    let refused = 0
    owner.insert = function (table) {
      const builder = insert.call(this, table)
      const values = builder.values.bind(builder)
      builder.values = (rows) => {
        if (table === languages && [rows].flat().some((r) => (r as { title?: unknown }).title === 'Verweigert')) {
          refused++
          throw new Error('Refused by the database for the test.')
        }
        return values(rows)
      }
      return builder
    }
    const tags = new Set<string>()
    const stop = onChange((told) => told.forEach((t) => tags.add(t)))
    try {
      const { rows, summary } = await importRows([
        { 'Externe ID': 'V-1', Organisation: 'Verein V', Angebot: 'Hausaufgabenhilfe', ...place },
        { 'Externe ID': 'V-2', Organisation: 'Verein W', Angebot: 'Verweigert', ...place },
        { 'Externe ID': 'V-3', Organisation: 'Verein V', Angebot: 'Elterncafé', ...place },
      ])
      // Once in the batch, once on its own.
      expect(refused).toBe(2)
      expect(outcome(rows)).toEqual([
        [2, 'create', [], 'create', 'create', 'create'],
        [3, 'skip', ['invalid'], 'create', 'create', undefined],
        [4, 'create', [], 'unchanged', 'unchanged', 'create'],
      ])
      expect(rows[1]?.problems[0]?.message).toBe('Not saved: Refused by the database for the test.')
      expect(summary.documents).toEqual({ organizations: { create: 2, update: 0, unchanged: 0 }, locations: { create: 2, update: 0, unchanged: 0 }, services: { create: 2, update: 0, unchanged: 0 } })
    } finally {
      stop()
      owner.insert = insert
    }
    // Nothing of the failed bulk write is left: each document once, with its version and translation states, in the index.
    const saved = await services(['V-1', 'V-2', 'V-3'])
    expect(saved.map((s) => s.externalId)).toEqual(['V-1', 'V-3'])
    expect((await payload.count({ collection: 'organizations', where: { name: { in: ['Verein V', 'Verein W'] } }, overrideAccess: true })).totalDocs).toBe(2)
    expect((await payload.count({ collection: 'services', where: { title: { equals: 'Verweigert' } }, overrideAccess: true })).totalDocs).toBe(0)
    for (const service of saved) expect((await payload.countVersions({ collection: 'services', where: { parent: { equals: service.id } }, overrideAccess: true })).totalDocs).toBe(1)
    const states = await payload.find({ collection: 'translation-states', where: { key: { like: 'services:' } }, overrideAccess: true, pagination: false, depth: 0 })
    for (const service of saved) expect(states.docs.filter((s) => s.key.startsWith(`services:${service.id}:`)).map((s) => s.locale).sort()).toEqual(['de', 'en'])
    expect(states.docs.filter((s) => s.title === 'Verweigert')).toEqual([])
    const index = await townIndex(payload, town)
    for (const service of saved) expect(index.services.has(String(service.id))).toBe(true)
    expect([...tags]).toEqual(expect.arrayContaining([`town:${town}:organizations`, `town:${town}:locations`, `town:${town}:services`]))
  })
})

describe('a batch with a transaction', () => {
  const adapter = () => payload.db as unknown as { beginTransaction: unknown; name: string }
  let original: unknown
  // On SQLite each save is a transaction, but a batch is none (a batch's would hold every other
  // writer: cms/database.ts); MongoDB's batches have one. The test turns them on with Payload's
  // own SQLite transactions, so that a batch really rolls back; the change bus must not be
  // leaving its tags in the database meanwhile (nor still be leaving those of the tests before).
  beforeAll(async () => {
    await flushChanges()
    connectApp(payload)
    original = adapter().beginTransaction
    adapter().beginTransaction = beginTransaction
    // SQLite batches run without one (oneWriterAtATime, cms/database.ts): as another adapter here.
    adapter().name = 'sqlite-as-another-adapter'
  })
  afterAll(() => {
    adapter().beginTransaction = original
    adapter().name = 'sqlite'
  })

  test('a failed save rolls the batch back; its rows are done again one by one, and only the bad one is reported', async () => {
    const hooks = payload.collections.services.config.hooks.beforeChange
    let refused = 0
    const refuse: (typeof hooks)[number] = ({ data }) => {
      if (data.title !== 'Abgelehnt') return data
      refused++
      throw new ValidationError({ collection: 'services', errors: [{ path: 'title', message: 'Refused for the test.' }] })
    }
    hooks.push(refuse)
    const tags = new Set<string>()
    const stop = onChange((told) => told.forEach((t) => tags.add(t)))
    try {
      // Through the Local API, whose hooks run (new documents in bulk skip them: see below).
      const { rows, summary } = await importRows(
        [
          { 'Externe ID': 'T-1', Organisation: 'Verein T', Angebot: 'Hausaufgabenhilfe', ...place },
          { 'Externe ID': 'T-2', Organisation: 'Verein Neu', Angebot: 'Abgelehnt', ...place },
          { 'Externe ID': 'T-3', Organisation: 'Verein T', Angebot: 'Elterncafé', ...place },
        ],
        { writes: 'each' },
      )
      // Once in the batch, once on its own.
      expect(refused).toBe(2)
      expect(outcome(rows)).toEqual([
        [2, 'create', [], 'create', 'create', 'create'],
        // As without batches, the row's organisation and place were saved before its service failed.
        [3, 'skip', ['invalid'], 'create', 'create', undefined],
        [4, 'create', [], 'unchanged', 'unchanged', 'create'],
      ])
      expect(rows[1]?.problems[0]?.message).toBe('Not saved: title: Refused for the test.')
      expect(summary.documents).toEqual({ organizations: { create: 2, update: 0, unchanged: 0 }, locations: { create: 2, update: 0, unchanged: 0 }, services: { create: 2, update: 0, unchanged: 0 } })
    } finally {
      stop()
      hooks.splice(hooks.indexOf(refuse), 1)
    }
    // Nothing of the rolled-back attempt is left: each service once, with its translation states, in the index.
    const saved = await services(['T-1', 'T-2', 'T-3'])
    expect(saved.map((s) => s.externalId)).toEqual(['T-1', 'T-3'])
    expect((await payload.count({ collection: 'organizations', where: { name: { equals: 'Verein T' } }, overrideAccess: true })).totalDocs).toBe(1)
    const states = await payload.find({ collection: 'translation-states', where: { key: { like: 'services:' } }, overrideAccess: true, pagination: false, depth: 0 })
    for (const service of saved) expect(states.docs.filter((s) => s.key.startsWith(`services:${service.id}:`)).map((s) => s.locale).sort()).toEqual(['de', 'en'])
    const index = await townIndex(payload, town)
    for (const service of saved) expect(index.services.has(String(service.id))).toBe(true)
    // The portal's caches hear of the town's new entries.
    expect([...tags]).toEqual(expect.arrayContaining([`town:${town}:organizations`, `town:${town}:locations`, `town:${town}:services`]))
  })

  test('new documents in bulk are written in the batch’s transaction', async () => {
    const began = adapter().beginTransaction as (...args: unknown[]) => Promise<unknown>
    let transactions = 0
    adapter().beginTransaction = (...args: unknown[]) => {
      transactions++
      return began.apply(payload.db, args)
    }
    try {
      const { rows } = await importRows([
        { 'Externe ID': 'X-1', Organisation: 'Verein X', Angebot: 'Hausaufgabenhilfe', ...place },
        { 'Externe ID': 'X-2', Organisation: 'Verein X', Angebot: 'Elterncafé', ...place },
      ])
      expect(transactions).toBe(1)
      expect(outcome(rows)).toEqual([
        [2, 'create', [], 'create', 'create', 'create'],
        [3, 'create', [], 'unchanged', 'unchanged', 'create'],
      ])
    } finally {
      adapter().beginTransaction = began
    }
    const saved = await services(['X-1', 'X-2'])
    expect(saved.map((s) => [s.externalId, s._status, s.searchText?.includes('verein x')])).toEqual([
      ['X-1', 'published', true],
      ['X-2', 'published', true],
    ])
    for (const service of saved) expect((await payload.countVersions({ collection: 'services', where: { parent: { equals: service.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('what the hooks take from the import', () => {
  test('a service’s search text has its organisation’s name, also when a later row of the batch renamed it', async () => {
    const row = (id: string, orgID: string, org: string) => ({ 'Externe ID': id, 'Träger-ID': orgID, Organisation: org, Angebot: `Angebot ${id}`, ...place })
    await importRows([row('N-1', 'O-1', 'Altname')])
    expect((await services(['N-1']))[0]?.searchText).toContain('altname')
    // The first row names the organisation by its name (its service is saved with it), the second by its ID, with a new name.
    const { rows } = await importRows([row('N-2', '', 'Altname'), row('N-3', 'O-1', 'Neuname')])
    expect(rows.map((r) => [r.organization?.action, r.organization?.id])).toEqual([
      ['unchanged', rows[0]?.organization?.id],
      ['update', rows[0]?.organization?.id],
    ])
    const saved = await services(['N-1', 'N-2', 'N-3'])
    // The rename reindexed the services saved before it (Organizations' hook); the one saved after has the new name.
    for (const service of saved) expect([service.externalId, service.searchText]).toEqual([service.externalId, expect.stringContaining('neuname')])
    expect(saved[2]?.searchText).not.toContain('altname')
  })

  test('an external ID another entry of the town has is refused, as by the field’s own check', async () => {
    const org = await payload.create({ collection: 'organizations', overrideAccess: true, data: { municipality: town, name: 'Stadtverwaltung', _status: 'published' } as never })
    const taken = await payload.create({ collection: 'services', overrideAccess: true, data: { organization: org.id, title: 'Sprechstunde', externalId: 'E-9', _status: 'published' } as never })
    // A draft that changes it: the import looks documents up by their newest version, which has another ID.
    await payload.update({ collection: 'services', id: taken.id, draft: true, overrideAccess: true, data: { externalId: 'E-10', _status: 'draft' } as never })
    const { rows } = await importRows([{ 'Externe ID': 'E-9', Organisation: 'Verein E', Angebot: 'Neues Angebot', ...place }])
    expect(rows[0]?.problems).toEqual([{ code: 'invalid', message: `Not saved: externalId: ${de['error.externalIdTaken']}` }])
  })
})
