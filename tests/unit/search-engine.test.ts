import { normalizeForSearch } from '@shared/search'
import { reversed, splitCompound } from '@shared/searchCompounds'
import { allOf, SearchEngine } from '@shared/searchEngine'
import { missDay, missRetentionStart, missTerm } from '@shared/searchMisses'
import { parseQuery } from '@shared/searchQuery'
import { hasStemmer, stemOf } from '@shared/searchStemmers'
import { SynonymList, withinOneEdit } from '@shared/searchSynonyms'
import { firstInOrder } from '@shared/searchTop'
import { queryWordsOf, wordsOf } from '@shared/searchWords'

describe('normalising', () => {
  test('Latin: case, umlauts both ways, accents, Turkish dotless i', () => {
    expect(normalizeForSearch('Ärztin FÜR Frühstück')).toBe('aerztin fuer fruehstueck')
    expect(normalizeForSearch('médecin crèche')).toBe('medecin creche')
    expect(normalizeForSearch('danışmanlık')).toBe('danismanlik')
  })

  test('Arabic script: letter variants, harakat, zero-width non-joiner, tatweel', () => {
    expect(normalizeForSearch('كتاب')).toBe(normalizeForSearch('کتاب'))
    expect(normalizeForSearch('يوم')).toBe(normalizeForSearch('یوم'))
    expect(normalizeForSearch('أطباء')).toBe('اطباء')
    expect(normalizeForSearch('مُسْتَشْفَى')).toBe(normalizeForSearch('مستشفی'))
    expect(normalizeForSearch('کلاس‌ها')).toBe('کلاسها')
    expect(normalizeForSearch('عـــمل')).toBe('عمل')
  })

  test('Ethiopic stays as it is', () => {
    expect(normalizeForSearch('ሓኪም')).toBe('ሓኪም')
  })

  test('words: hyphenated words give parts and the joined word; a query joins them', () => {
    expect(wordsOf('Kita-Platz suchen')).toEqual(['kita', 'platz', 'kitaplatz', 'suchen'])
    expect(queryWordsOf('Sprach-Kurs')).toEqual(['sprachkurs'])
    expect(queryWordsOf('cours d’allemand')).toEqual(['cours', 'allemand'])
  })
})

describe('stemming per language', () => {
  test.each([
    ['de', 'Beratungen', 'Beratung'],
    ['de', 'Ärzte', 'Arzt'],
    ['de-x-ls', 'Wohnungen', 'Wohnung'],
    ['en', 'courses', 'course'],
    ['fr', 'logements', 'logement'],
    ['ar', 'الطبيب', 'طبيب'],
    ['uk', 'лікарі', 'лікар'],
    ['ru', 'врачи', 'врач'],
    ['tr', 'doktorlar', 'doktor'],
  ])('%s: "%s" and "%s" share a stem', (locale, a, b) => {
    expect(stemOf(a.toLowerCase(), locale)).toBe(stemOf(b.toLowerCase(), locale))
  })

  test('Persian, Pashto, Tigrinya and Somali have no stemmer: words are only normalised', () => {
    for (const locale of ['fa', 'ps', 'ti', 'so']) expect(hasStemmer(locale)).toBe(false)
    expect(stemOf('خانه‌ها', 'fa')).toBe('خانهها')
  })
})

describe('German compounds', () => {
  const known = new Set(['arzt', 'kinder', 'kurs', 'sprache', 'integration', 'wohnung', 'suche'])
  const isKnown = (w: string) => known.has(w)

  test('split at the longest known head, linking letters off the modifier', () => {
    expect(splitCompound('kinderarzt', isKnown)).toEqual({ modifier: 'kinder', head: 'arzt' })
    expect(splitCompound('integrationskurs', isKnown)).toEqual({ modifier: 'integration', head: 'kurs' })
    expect(splitCompound('wohnungssuche', isKnown)).toEqual({ modifier: 'wohnung', head: 'suche' })
  })

  test('short, unknown or non-Latin words are not split', () => {
    expect(splitCompound('arzt', isKnown)).toBeNull()
    expect(splitCompound('xyzabcdef', isKnown)).toBeNull()
    expect(splitCompound('мовнийкурс', isKnown)).toBeNull()
    expect(reversed('kurs')).toBe('sruk')
  })
})

describe('synonyms', () => {
  const list = new SynonymList([
    { locale: 'de', term: 'Arzt', synonyms: ['Gesundheit', 'Hausarzt'] },
    { locale: 'en', term: 'health insurance', synonyms: ['Krankenversicherung'] },
    { locale: 'fa', term: 'پزشک', synonyms: ['Arzt'] },
  ])

  test('by the word, its stem, or one typo (a swap counts as one)', () => {
    expect(list.ofWord('arzt', ['de'])).toEqual(['Gesundheit', 'Hausarzt'])
    expect(list.ofWord('ärzte', ['de'])).toEqual(['Gesundheit', 'Hausarzt'])
    expect(list.ofWord('artz', ['de'])).toEqual(['Gesundheit', 'Hausarzt'])
    expect(list.ofWord('پزشگ', ['fa'])).toEqual(['Arzt'])
    expect(list.ofWord('bank', ['de'])).toEqual([])
  })

  test('a phrase is one unit of the query', () => {
    const units = parseQuery('Health Insurance', { locales: ['en'], synonyms: list })
    expect(units).toHaveLength(1)
    expect(units[0]?.text).toBe('health insurance')
    expect(units[0]?.synonyms).toHaveLength(1)
  })

  test('one edit', () => {
    expect(withinOneEdit('wohnung', 'wohnug')).toBe(true)
    expect(withinOneEdit('wohnung', 'wohnnug')).toBe(true)
    expect(withinOneEdit('wohnung', 'whonnug')).toBe(false)
    expect(withinOneEdit('arzt', 'artz')).toBe(true)
    expect(withinOneEdit('arzt', 'arzd')).toBe(true)
  })
})

describe('ranking', () => {
  const engine = new SearchEngine()
  engine.put({ id: 1, title: { de: 'Sprachcafé' }, summary: { de: 'Wohnung gesucht? Wir helfen.' }, body: '' })
  engine.put({ id: 2, title: { de: 'Wohnungsberatung' }, summary: {}, body: '' })
  engine.put({ id: 3, title: { de: 'Beratung zur Wohnung' }, summary: {}, body: '' })
  engine.put({ id: 4, title: { de: 'Wohnungen für Familien' }, summary: {}, body: '' })
  engine.put({ id: 5, title: { de: 'Integrationskurs' }, summary: {}, body: 'kurs' })
  const ranked = (q: string) => [...engine.search(parseQuery(q, { locales: ['de'], isKnown: engine.isKnown }), 'de')].sort((a, b) => b[1] - a[1]).map(([id]) => id)

  test('title above summary, exact above stemmed above a typo', () => {
    const found = ranked('Wohnung')
    expect(found.indexOf(3)).toBeLessThan(found.indexOf(1))
    expect(found.indexOf(3)).toBeLessThan(found.indexOf(4))
    expect(ranked('Wohnungen')[0]).toBe(4)
    expect(ranked('Wohnugn')).toContain(3)
  })

  test('a compound finds its head ("Sprachkurs" → courses), a word its compounds', () => {
    expect(ranked('Sprachkurs')).toContain(5)
    expect(ranked('Beratung')).toContain(2)
  })

  test('a removed document is not found; a changed one by its new words only', () => {
    engine.put({ id: 2, title: { de: 'Mieterverein' }, summary: {}, body: '' })
    expect(ranked('Mieterverein')).toEqual([2])
    expect(ranked('Wohnungsberatung')).not.toContain(2)
    engine.remove(2)
    expect(ranked('Mieterverein')).toEqual([])
  })
})

describe('searches without results: what is never kept', () => {
  test('normalised terms are kept', () => {
    expect(missTerm('  Kinderärztin ')).toBe('kinderaerztin')
    expect(missTerm('پزشک')).toBe('پزشک')
  })

  test.each([['Termin 12.03.'], ['0361 123456'], ['max@example.org'], ['name＠example.org'], ['x'.repeat(41)], ['٣ أطفال'], ['']])('never "%s"', (query) => {
    expect(missTerm(query)).toBeNull()
  })

  test('days and the 13-month retention', () => {
    expect(missDay(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05')
    expect(missRetentionStart(new Date('2026-12-05T00:00:00Z'))).toBe('2025-11-05')
  })
})

describe('a page of the best matches (firstInOrder)', () => {
  // Score descending, then position ascending: a total order, as the directory's.
  const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0]
  // A fixed pseudo-random list with many equal scores (ties decided by position).
  const entries: [number, number][] = Array.from({ length: 1000 }, (_, i) => [i, (i * 7919) % 13])

  test('gives exactly what sorting everything and cutting would, for every page size', () => {
    const sorted = [...entries].sort(byScore)
    for (const count of [0, 1, 2, 19, 20, 40, 249, 250, 251, 999, 1000, 1200]) {
      expect(firstInOrder(entries, count, byScore)).toEqual(sorted.slice(0, count))
    }
  })

  test('leaves its input as it was', () => {
    const copy = entries.map((e) => [...e])
    firstInOrder(entries, 20, byScore)
    expect(entries).toEqual(copy)
  })
})

describe('allOf', () => {
  test('intersects with summed scores; one map is its own answer', () => {
    const a = new Map([[1, 1], [2, 2], [3, 3]])
    const b = new Map([[2, 10], [3, 20], [4, 30]])
    expect([...allOf([a, b])]).toEqual([[2, 12], [3, 23]])
    expect(allOf([a])).toEqual(new Map([[1, 1], [2, 2], [3, 3]]))
    expect(allOf([]).size).toBe(0)
  })
})
