import { inArea, parseBbox, townArea } from '@cms/import/area'
import { decodeWindows1252, sniffEncoding } from '@cms/import/encoding'
import { parseOpeningHours } from '@cms/import/hours'
import { sniffDelimiter } from '@cms/import/read'
import { normalizeUrl, parseCost, parseKind, parseLanguages, parseNumber, parsePostcode, splitList } from '@cms/import/values'

describe('import: cells', () => {
  test.each([
    ['de, ar, uk', ['de', 'ar', 'uk']],
    ['Deutsch, Arabisch und Englisch', ['de', 'ar', 'en']],
    ['German / Arabic; Dari', ['de', 'ar', 'prs']],
    ['Farsi, Kurmandschi, Tigrinisch', ['fa', 'kmr', 'ti']],
    ['العربية, Українська', ['ar', 'uk']],
    ['deu, ara, DE', ['de', 'ar']],
    ['Englisch (fließend)', ['en']],
  ])('languages %j → %j', (cell, codes) => expect(parseLanguages(cell)).toEqual({ codes, unknown: [] }))

  test('unknown languages are named, each one', () => {
    expect(parseLanguages('Deutsch, Arabsich, xx')).toEqual({ codes: ['de'], unknown: ['Arabsich', 'xx'] })
  })

  test('topic names with “und” stay whole; languages split at it', () => {
    expect(splitList('Kita und Schule, Wohnen')).toEqual(['Kita und Schule', 'Wohnen'])
    expect(splitList('Deutsch und Arabisch', { words: true })).toEqual(['Deutsch', 'Arabisch'])
  })

  test.each([
    ['Beratung', 'counselling'],
    ['SPRACHKURS', 'language-course'],
    ['Integrations- / Orientierungskurs', 'integration-course'],
    ['Integrationskurs', 'integration-course'],
    ['Language course', 'language-course'],
    ['childcare-school', 'childcare-school'],
    ['Stadtführung', null],
  ])('category %j → %j', (cell, kind) => expect(parseKind(cell)).toBe(kind))

  test.each([
    ['kostenlos', { type: 'free' }],
    ['Kostenfrei für Geflüchtete', { type: 'free', note: 'Kostenfrei für Geflüchtete' }],
    ['0 €', { type: 'free' }],
    ['5 €', { type: 'fee', amount: 5 }],
    ['12,50 EUR pro Kurs', { type: 'fee', amount: 12.5, note: '12,50 EUR pro Kurs' }],
    ['1.200 € pro Semester', { type: 'fee', amount: 1200, note: '1.200 € pro Semester' }],
    ['0,50 €', { type: 'fee', amount: 0.5 }],
    ['€ 3.50', { type: 'fee', amount: 3.5 }],
    ['auf Anfrage', { type: 'on-request' }],
    ['Spende erwünscht', { type: 'on-request', note: 'Spende erwünscht' }],
  ])('cost %j → %j', (cell, cost) => expect(parseCost(cell)).toEqual(cost))

  test('numbers with a German decimal comma', () => {
    expect(parseNumber('50,9742')).toBe(50.9742)
    expect(parseNumber(' 10.32 ')).toBe(10.32)
    expect(parseNumber('-0,5')).toBe(-0.5)
    expect(parseNumber('50°58′N')).toBeNull()
    expect(parseNumber('50,97,1')).toBeNull()
  })

  test('postcodes: five digits, a lost leading zero comes back, "D-" is dropped', () => {
    expect(parsePostcode('99817')).toBe('99817')
    expect(parsePostcode('1067')).toBe('01067')
    expect(parsePostcode('D-99817')).toBe('99817')
    expect(parsePostcode('998177')).toBeNull()
    expect(parsePostcode('Eisenach')).toBeNull()
  })

  test('web addresses as people write them', () => {
    expect(normalizeUrl('www.awo-eisenach.de')).toBe('https://www.awo-eisenach.de')
    expect(normalizeUrl('awo-eisenach.de/beratung')).toBe('https://awo-eisenach.de/beratung')
    expect(normalizeUrl('http://example.org')).toBe('http://example.org')
    expect(normalizeUrl('htp:/example')).toBe('htp:/example')
    expect(normalizeUrl('keine')).toBe('keine')
  })
})

describe('import: opening hours', () => {
  const text = (slots: { day: string; opens: string; closes: string }[] | null) => slots?.map((s) => `${s.day} ${s.opens}-${s.closes}`)

  test.each([
    ['Mo–Fr 9–12 Uhr', ['mon 09:00-12:00', 'tue 09:00-12:00', 'wed 09:00-12:00', 'thu 09:00-12:00', 'fri 09:00-12:00']],
    ['Mo, Mi 09:00-12:00 und 14:00-16:00; Sa 10-13', ['mon 09:00-12:00', 'mon 14:00-16:00', 'wed 09:00-12:00', 'wed 14:00-16:00', 'sat 10:00-13:00']],
    ['Di 14.30 - 18 Uhr\nDo 9 bis 12 Uhr', ['tue 14:30-18:00', 'thu 09:00-12:00']],
    ['Montag bis Mittwoch 8–12', ['mon 08:00-12:00', 'tue 08:00-12:00', 'wed 08:00-12:00']],
    ['Fr 20–2 Uhr', ['fri 20:00-02:00']],
    ['Sa 18-24', ['sat 18:00-00:00']],
    ['Mon-Wed 9am', null],
    ['nach Vereinbarung', null],
    ['jeden 2. Mittwoch 10–12 Uhr', null],
    ['Mo–Fr', null],
    ['9–12 Uhr', null],
    ['Mo 25-26', null],
  ])('%j', (cell, slots) => expect(text(parseOpeningHours(cell)) ?? null).toEqual(slots))
})

describe('import: the town’s area', () => {
  test('around at least three known locations, 10 km wider', () => {
    const area = townArea([
      { latitude: 50.97, longitude: 10.32 },
      { latitude: 50.99, longitude: 10.3 },
      { latitude: 50.96, longitude: 10.34 },
    ])
    expect(area.source).toBe('locations')
    expect(inArea(area, 50.975, 10.31)).toBe(true)
    expect(inArea(area, 51.05, 10.32)).toBe(true) // ~7 km north of the northernmost
    expect(inArea(area, 50.98, 11.03)).toBe(false) // Erfurt
    expect(inArea(area, 10.32, 50.97)).toBe(false) // swapped
  })

  test('with fewer known locations: Germany, unless a box is given', () => {
    expect(townArea([{ latitude: 50.97, longitude: 10.32 }]).source).toBe('germany')
    const given = parseBbox('50.9,10.2,51.05,10.45')
    expect(given).toEqual({ minLat: 50.9, minLng: 10.2, maxLat: 51.05, maxLng: 10.45 })
    expect(townArea([], given)).toMatchObject({ source: 'option', minLat: 50.9 })
    expect(parseBbox('51,10,50,11')).toBeNull()
    expect(parseBbox('50,10,51')).toBeNull()
  })
})

describe('import: CSV files as towns save them', () => {
  test('the separator is read from the header line', () => {
    expect(sniffDelimiter('Organisation;Angebot;"Sprachen, Codes"')).toBe(';')
    expect(sniffDelimiter('Organisation,Angebot,Sprachen')).toBe(',')
    expect(sniffDelimiter('Organisation\tAngebot')).toBe('\t')
    expect(sniffDelimiter('Organisation')).toBe(',')
  })

  test('Windows-1252 (German Excel’s “CSV”) is recognised and decoded', () => {
    const bytes = Uint8Array.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x80, 0x20, 0x84, 0x61, 0x93])
    expect(sniffEncoding(bytes)).toBe('windows-1252')
    expect(decodeWindows1252(bytes)).toBe('Straße € „a“')
    expect(sniffEncoding(new TextEncoder().encode('Straße'))).toBe('utf-8')
    // A character cut off at the end of the sample is still UTF-8.
    expect(sniffEncoding(new TextEncoder().encode('Straße').subarray(0, 5))).toBe('utf-8')
  })
})
