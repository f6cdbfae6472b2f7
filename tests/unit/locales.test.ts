import fs from 'node:fs'
import path from 'node:path'
import { parse } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import { directionOf, EASY_GERMAN, fallbackChain, isLocale, LOCALE_CODES, LOCALES } from '@shared/locales'

const dir = path.resolve(process.cwd(), 'locales')
const load = (code: string) => JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, unknown>

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((acc, [key, value]) => {
    const p = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') Object.assign(acc, flatten(value as Record<string, unknown>, p))
    else acc[p] = String(value)
    return acc
  }, {})
}

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> }

/** The argument names of an ICU message, from its syntax tree (not a regex: option text may contain braces). */
function placeholders(message: string): Set<string> {
  const names = new Set<string>()
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // 0 literal, 7 pound (#), 8 tag; everything else names an argument.
      if (![0, 7, 8].includes(node.type) && node.value) names.add(node.value)
      for (const option of Object.values(node.options ?? {})) walk(option.value)
    }
  }
  walk(parse(message) as unknown as Node[])
  return names
}

describe('the locale list (contract)', () => {
  test('has the twelve languages with de first', () => {
    expect(LOCALE_CODES).toEqual(['de', EASY_GERMAN, 'en', 'ar', 'fa', 'ps', 'uk', 'ru', 'tr', 'ti', 'so', 'fr'])
  })

  test('easy German has a valid BCP 47 tag', () => {
    expect(Intl.getCanonicalLocales(EASY_GERMAN)).toEqual([EASY_GERMAN])
  })

  test('Arabic, Persian and Pashto are right-to-left, the others left-to-right', () => {
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa', 'ps'])
    expect(directionOf('uk')).toBe('ltr')
    expect(directionOf('unknown')).toBe('ltr')
  })

  test('every language has an endonym and a fallback chain that ends in German', () => {
    for (const l of LOCALES) {
      expect(l.endonym.length).toBeGreaterThan(1)
      const chain = fallbackChain(l.code)
      expect(chain[0]).toBe(l.code)
      expect(chain).toContain('de')
      expect(new Set(chain).size).toBe(chain.length)
    }
    expect(fallbackChain('ps')).toEqual(['ps', 'fa', 'en', 'de'])
    expect(fallbackChain('tr', 'en')).toEqual(['tr', 'de', 'en'])
  })

  test('isLocale accepts only known codes', () => {
    expect(isLocale('ar')).toBe(true)
    expect(isLocale('xx')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})

describe('UI message catalogs', () => {
  const english = flatten(load('en'))

  test.each(LOCALE_CODES)('%s.json has every key of en.json and no other', (code) => {
    expect(Object.keys(flatten(load(code))).sort()).toEqual(Object.keys(english).sort())
  })

  test.each(LOCALE_CODES)('%s.json messages are valid ICU with the same placeholders', (code) => {
    const messages = flatten(load(code))
    for (const [key, source] of Object.entries(english)) {
      const message = messages[key] as string
      expect(message.trim().length).toBeGreaterThan(0)
      expect([key, placeholders(message)]).toEqual([key, placeholders(source)])
      const formatted = new IntlMessageFormat(message, code === EASY_GERMAN ? 'de' : code).format({
        town: 'Eisenach',
        query: 'Arzt',
        count: 3,
        kind: 'city',
        language: 'X',
        original: 'Y',
        number: '1',
        name: 'N',
        filter: 'F',
        page: 2,
        total: 5,
        km: '1,5',
        amount: '2,50',
        date: '1. Januar 2026',
        organization: 'O',
        time: '09:00',
        day: 'Montag',
        opens: '09:00',
        closes: '12:00',
        from: 'A',
        to: 'B',
        status: 'S',
        year: 2030,
        value: '12',
        first: 2018,
        last: 2026,
        firstValue: '10',
        lastValue: '20',
        method: 'external',
        max: 5000,
        id: 'c0ffee-42',
        portal: 'P',
        part: 'Q',
        label: 'L',
        unit: 'U',
        heading: 'H',
        text: 'T',
        note: 'N',
        link: (chunks: unknown[]) => chunks.join(''),
      })
      expect(String(formatted)).not.toMatch(/\{|\}/)
    }
  })

  test('no catalog file exists for an unknown language', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''))
    expect(files.sort()).toEqual([...LOCALE_CODES].sort())
  })
})
