import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GERMANY, townArea } from '@cms/import/area'
import { nominatimGeocoder, geocoderFromEnv, noGeocoder } from '@cms/import/geocoder'
import { detectMapping } from '@cms/import/mapping'
import { parseRow, placeProblems, type Vocabulary } from '@cms/import/parseRow'
import { csvLine, ReportWriter } from '@cms/import/report'
import type { ImportSummary, RowPlan } from '@cms/import/types'

const vocabulary: Vocabulary = {
  topics: new Map([
    ['deutschkurse', 't1'],
    ['kita und schule', 't2'],
  ]),
  audiences: new Map([
    ['gefluechtete', 'a1'],
    ['frauen', 'a2'],
  ]),
}

const good = {
  'Externe ID': 'EA-1',
  Organisation: 'Caritasverband Eisenach',
  Angebot: 'Migrationsberatung',
  Kategorie: 'Beratung',
  Themen: 'Deutschkurse, Kita und Schule',
  Zielgruppe: 'Geflüchtete; Frauen',
  Sprachen: 'Deutsch, Arabisch',
  Kosten: 'kostenlos',
  Straße: 'Georgenstraße 43',
  PLZ: '99817',
  Ort: 'Eisenach',
  Breitengrad: '50,97429',
  Längengrad: '10,31886',
  Öffnungszeiten: 'Mo–Fr 9–12 Uhr',
  Telefon: '03691 2107-30',
  'E-Mail': 'info@caritas-eisenach.example.org',
  Website: 'www.caritas-eisenach.example.org',
  Beschreibung: '  Erster   Absatz.\n\nZweiter Absatz.  ',
}
const mapping = detectMapping(Object.keys(good)).mapping
const parse = (changes: Record<string, string>) => parseRow({ row: 7, values: { ...good, ...changes } }, mapping, vocabulary)
const codes = (changes: Record<string, string>) => parse(changes).problems.map((p) => [p.code, p.field, p.value])

describe('import: one row', () => {
  test('a good row becomes an organisation, a place and a service', () => {
    const { record, problems, warnings } = parse({})
    expect(problems).toEqual([])
    expect(warnings).toEqual([])
    expect(record).toEqual({
      organization: { name: 'Caritasverband Eisenach', website: 'https://www.caritas-eisenach.example.org' },
      location: {
        street: 'Georgenstraße 43',
        postalCode: '99817',
        city: 'Eisenach',
        latitude: 50.97429,
        longitude: 10.31886,
        slots: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '09:00', closes: '12:00' })),
      },
      service: {
        externalId: 'EA-1',
        title: 'Migrationsberatung',
        description: 'Erster Absatz.\n\nZweiter Absatz.',
        kind: 'counselling',
        topics: ['t1', 't2'],
        audiences: ['a1', 'a2'],
        languages: ['de', 'ar'],
        cost: { type: 'free' },
        phone: '03691 2107-30',
        email: 'info@caritas-eisenach.example.org',
      },
    })
  })

  test('no place columns filled: a service without a place (online, by phone)', () => {
    const { record, problems } = parse({ Straße: '', PLZ: '', Ort: '', Breitengrad: '', Längengrad: '', Öffnungszeiten: '' })
    expect(problems).toEqual([])
    expect(record?.location).toBeNull()
  })

  test.each([
    [{ Angebot: '' }, [['missing-required', 'title', undefined]]],
    [{ Organisation: '  ' }, [['missing-required', 'organization', undefined]]],
    [{ Straße: '' }, [['missing-required', 'street', undefined]]],
    [{ 'E-Mail': 'info(at)caritas.de' }, [['bad-email', 'email', 'info(at)caritas.de']]],
    [{ Website: 'htp:/caritas' }, [['bad-url', 'website', 'htp:/caritas']]],
    [{ Telefon: 'ab 9 Uhr: 03691 2107' }, [['bad-phone', 'phone', 'ab 9 Uhr: 03691 2107']]],
    [{ PLZ: '998177' }, [['bad-postcode', 'postalCode', '998177']]],
    [{ Sprachen: 'Deutsch, Klingonisch, xx' }, [['unknown-language', 'languages', 'Klingonisch'], ['unknown-language', 'languages', 'xx']]],
    [{ Kategorie: 'Stadtführung' }, [['unknown-category', 'kind', 'Stadtführung']]],
    [{ Themen: 'Deutschkurse, Kochen' }, [['unknown-category', 'topics', 'Kochen']]],
    [{ Zielgruppe: 'Senioren' }, [['unknown-category', 'audiences', 'Senioren']]],
    [{ Breitengrad: '50°58′N' }, [['bad-coordinates', 'latitude', '50°58′N, 10,31886']]],
    [{ Längengrad: '' }, [['bad-coordinates', 'longitude', undefined]]],
    [{ Breitengrad: '95', Längengrad: '10' }, [['bad-coordinates', 'latitude', '95, 10']]],
    [{ Angebot: 'x'.repeat(161) }, [['too-long', 'title', undefined]]],
  ])('%j is refused', (changes, expected) => {
    expect(codes(changes)).toEqual(expected)
    expect(parse(changes).record).toBeNull()
  })

  test('every problem names the column as the file has it', () => {
    expect(parse({ 'E-Mail': 'x' }).problems[0]?.message).toMatch(/^E-Mail: “x”/)
    expect(parse({ PLZ: '1' }).problems[0]?.message).toBe('PLZ: “1”: a German postcode has 5 digits.')
  })

  test('hours the import cannot read are a warning, not a reason to skip', () => {
    const { record, warnings } = parse({ Öffnungszeiten: 'nach Vereinbarung' })
    expect(record?.location?.slots).toBeUndefined()
    expect(warnings.map((w) => w.code)).toEqual(['hours-not-understood'])
  })

  test('a place without coordinates needs a geocoder; one outside the town is refused', () => {
    const area = townArea([
      { latitude: 50.97, longitude: 10.32 },
      { latitude: 50.99, longitude: 10.3 },
      { latitude: 50.96, longitude: 10.34 },
    ])
    const place = { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' }
    expect(placeProblems(place, area, mapping, false).map((p) => p.code)).toEqual(['missing-coordinates'])
    expect(placeProblems(place, area, mapping, false)[0]?.message).toMatch(/no geocoder is configured/)
    expect(placeProblems(place, area, mapping, true)[0]?.message).toMatch(/found none/)
    expect(placeProblems({ ...place, latitude: 50.98, longitude: 11.03 }, area, mapping, false).map((p) => p.code)).toEqual(['coordinates-outside-town'])
    expect(placeProblems({ ...place, latitude: 50.975, longitude: 10.32 }, area, mapping, false)).toEqual([])
    expect(placeProblems({ ...place, latitude: 52.52, longitude: 13.4 }, GERMANY, mapping, false)).toEqual([])
  })
})

describe('import: geocoding', () => {
  test('off unless GEOCODER_URL is set', async () => {
    expect(geocoderFromEnv({})).toBe(noGeocoder)
    expect(await noGeocoder.geocode({ street: 'Markt 1', postalCode: '99817', city: 'Eisenach' })).toBeNull()
    expect(geocoderFromEnv({ GEOCODER_URL: 'http://nominatim.internal:8080' }).name).toBe('nominatim')
  })

  test('Nominatim: a structured search, the first hit, requests spaced out', async () => {
    const asked: { url: string; agent: string | null; at: number }[] = []
    const fake = (async (url: URL, init?: RequestInit) => {
      asked.push({ url: String(url), agent: new Headers(init?.headers).get('User-Agent'), at: Date.now() })
      const found = url.searchParams.get('street') === 'Markt 1'
      return new Response(JSON.stringify(found ? [{ lat: '50.9747', lon: '10.3199' }] : []), { status: 200 })
    }) as unknown as typeof fetch
    const geocoder = nominatimGeocoder({ url: 'http://nominatim.internal:8080/', userAgent: 'portal-test', minIntervalMs: 50, fetch: fake })
    const started = Date.now()
    expect(await geocoder.geocode({ street: 'Markt 1', postalCode: '99817', city: 'Eisenach' })).toEqual({ latitude: 50.9747, longitude: 10.3199 })
    expect(await geocoder.geocode({ street: 'Nirgendwo 9', postalCode: '99817', city: 'Eisenach' })).toBeNull()
    expect(asked[0]?.url).toBe('http://nominatim.internal:8080/search?street=Markt+1&postalcode=99817&city=Eisenach&countrycodes=de&format=jsonv2&limit=1')
    expect(asked[0]?.agent).toBe('portal-test')
    expect((asked[1]?.at ?? 0) - started).toBeGreaterThanOrEqual(49) // timers may round by a millisecond
  })

  test('a failing server is an error, not a silent miss', async () => {
    const down = (async () => new Response('busy', { status: 503 })) as unknown as typeof fetch
    await expect(nominatimGeocoder({ url: 'http://n', minIntervalMs: 0, fetch: down }).geocode({ street: 'A 1', postalCode: '99817', city: 'E' })).rejects.toThrow(/503/)
  })
})

describe('import: the report', () => {
  test('written while the import runs: JSON with the rows and the summary; nothing when it never started', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-report-'))
    const json = new ReportWriter(path.join(dir, 'r.json'))
    await json.add({ row: 2, action: 'create', label: 'A – B', problems: [], warnings: [] })
    await json.add({ row: 3, action: 'skip', label: 'C – D', problems: [{ code: 'duplicate', message: 'row 2 …' }], warnings: [] })
    await json.close({ rows: 2 } as ImportSummary)
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'))
    expect(report.rows.map((r: RowPlan) => r.action)).toEqual(['create', 'skip'])
    expect(report.summary).toEqual({ rows: 2 })
    await new ReportWriter(path.join(dir, 'never.csv')).close(null)
    expect(fs.existsSync(path.join(dir, 'never.csv'))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('one CSV line per row: number, action, reason, messages; formulas defused', () => {
    const plan: RowPlan = {
      row: 12,
      action: 'skip',
      label: '=HYPERLINK("x") – Träger',
      externalId: 'EA-7',
      problems: [{ code: 'bad-email', field: 'email', message: 'E-Mail: “a(at)b” is not valid' }],
      warnings: [],
    }
    expect(csvLine(plan)).toBe(`12,skip,bad-email,E-Mail: “a(at)b” is not valid,,"'=HYPERLINK(""x"") – Träger",EA-7,,,`)
    expect(csvLine({ row: 3, action: 'update', label: 'A – B', problems: [], warnings: [], service: { action: 'update', id: 'abc', changes: ['title', 'languages'] } })).toBe(
      '3,update,,,,A – B,,,,"update abc (title, languages)"',
    )
  })
})
