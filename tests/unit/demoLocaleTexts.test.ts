import { type DemoSources, withLocaleTexts } from '@cms/seed/translations'
import type { DemoLocaleTexts } from '@cms/seed/translations/types'

const texts = (de: string, en: string) => ({ de, en, ar: `ar ${en}`, uk: `uk ${en}` })
const guideTexts = (de: string) => ({ de, 'de-x-ls': de, en: `en ${de}`, ar: `ar ${de}`, uk: `uk ${de}`, fa: `fa ${de}` })

/** A tiny demo: one town, one guide page, a service that exists in two towns, one of each vocabulary. */
function fixture(): DemoSources {
  const contact = { office: 'Amt', street: 'Markt 1', postalCode: '99817', city: 'Eisenach', email: 'a@example.org', phone: '1', website: 'https://example.org' }
  const service = (town: 'eisenach' | 'schmalkalden-meiningen') => ({
    town,
    org: 'caritas',
    slug: 'beratung',
    kind: 'counselling' as const,
    title: texts(`Beratung ${town}`, `Advice ${town}`),
    summary: texts('Kurz', 'Short'),
    description: texts('Lang', 'Long'),
    topics: [],
    audiences: [],
    languages: ['de'],
    cost: { type: 'free' as const, note: texts('Kostenlos', 'Free') },
    appointment: 'recommended' as const,
    delivery: [],
    locations: [],
    verifiedDaysAgo: 1,
  })
  return {
    towns: [{ slug: 'eisenach', name: 'Eisenach', ags: '1', kind: 'city', primaryColor: '#000', welcome: { de: 'Willkommen', en: 'Welcome' }, contact }],
    guide: [{ slug: 'start', parent: null, icon: 'arrow', title: guideTexts('Start'), summary: guideTexts('Kurz'), body: guideTexts('Text'), relatedServices: ['beratung'] }],
    services: [service('schmalkalden-meiningen'), service('eisenach')],
    topics: [{ key: 'health', icon: 'health', name: texts('Gesundheit', 'Health'), children: [{ key: 'doctor', icon: 'health', name: texts('Arzt', 'Doctor') }] }],
    audiences: [{ key: 'women', name: texts('Frauen', 'Women') }],
    districts: [{ town: 'eisenach', key: 'north', name: texts('Nord', 'North') }],
    locations: [
      {
        key: 'office',
        org: 'caritas',
        town: 'eisenach',
        name: 'Büro',
        street: 'Markt 1',
        postalCode: '99817',
        city: 'Eisenach',
        latitude: 50.97,
        longitude: 10.32,
        district: 'north',
        stepFree: true,
        transport: texts('Bus 1', 'Bus 1 (en)'),
        hours: [],
      },
    ],
    indicators: [
      {
        slug: 'participants',
        name: texts('Teilnehmende', 'Participants'),
        definition: { de: 'Personen im Kurs', en: 'People in the course' },
        unit: texts('Personen', 'people'),
        source: 'VHS',
        direction: 'higher-is-better',
        baseline: { year: 2019, value: 1 },
        target: { year: 2026, value: 2 },
        values: [],
      },
    ],
    computedIndicators: [
      { slug: 'per-language', computed: 'counselling-per-language', name: texts('Beratung je Sprache', 'Counselling per language'), definition: { de: 'D', en: 'E' }, unit: texts('Angebote', 'services') },
    ],
  }
}

const so = (overrides: Partial<DemoLocaleTexts> = {}): DemoLocaleTexts => ({
  towns: { eisenach: { welcome: 'Soo dhawoow' } },
  guide: { start: { title: 'Bilow', summary: 'Gaaban', body: 'Qoraal' } },
  services: { beratung: { title: 'Latalin', summary: 'Gaaban', description: 'Dheer', costNote: 'Bilaash' } },
  topics: { health: 'Caafimaad', doctor: 'Dhakhtar' },
  audiences: { women: 'Haween' },
  districts: { north: 'Waqooyi' },
  locations: { office: { transport: 'Baska 1' } },
  plan: { indicators: { participants: { name: 'Ka-qaybgalayaal' }, 'per-language': { name: 'Talo luqad kasta' } }, units: { Personen: 'qof', Angebote: 'adeeg' } },
  ...overrides,
})

describe('withLocaleTexts', () => {
  test('a unit is refused for an indicator without a name in that language (its row would have no name)', () => {
    expect(() => withLocaleTexts(fixture(), { so: so({ plan: { indicators: { participants: { name: 'Ka-qaybgalayaal' } }, units: { Angebote: 'adeeg' } } }) })).toThrow(
      'so.ts: unit “Angebote” of indicator “per-language” needs the indicator\'s so name in plan.indicators too.',
    )
  })


  test('adds every text of a language file and leaves the sources untouched', () => {
    const sources = fixture()
    const merged = withLocaleTexts(sources, { so: so() })
    expect(merged.towns[0]?.welcome.so).toBe('Soo dhawoow')
    expect(merged.guide[0]?.title.so).toBe('Bilow')
    expect(merged.guide[0]?.body.so).toBe('Qoraal')
    expect(merged.topics[0]?.name.so).toBe('Caafimaad')
    expect(merged.topics[0]?.children?.[0]?.name.so).toBe('Dhakhtar')
    expect(merged.audiences[0]?.name.so).toBe('Haween')
    expect(merged.districts[0]?.name.so).toBe('Waqooyi')
    expect(merged.locations[0]?.transport.so).toBe('Baska 1')
    expect([merged.indicators[0]?.name.so, merged.indicators[0]?.unit.so]).toEqual(['Ka-qaybgalayaal', 'qof'])
    expect([merged.computedIndicators[0]?.name.so, merged.computedIndicators[0]?.unit.so]).toEqual(['Talo luqad kasta', 'adeeg'])
    // The guide's town wins when two towns have a service of the same slug.
    const [other, eisenach] = merged.services
    expect([eisenach?.town, eisenach?.title.so, eisenach?.cost.note?.so]).toEqual(['eisenach', 'Latalin', 'Bilaash'])
    expect(other?.title.so).toBeUndefined()
    expect(sources.guide[0]?.title.so).toBeUndefined()
    expect(merged.guide[0]?.title.de).toBe('Start')
  })

  test('no files: an equal copy', () => {
    const sources = fixture()
    expect(withLocaleTexts(sources, {})).toEqual(sources)
  })

  test('a file that would overwrite a source text is refused, naming file and text', () => {
    expect(() => withLocaleTexts(fixture(), { fa: so() })).toThrow('fa.ts: guide page “start” title already has a fa text in the source; a language file may only add missing texts.')
  })

  test('a key the sources do not know is refused', () => {
    expect(() => withLocaleTexts(fixture(), { so: so({ guide: { strat: { title: 'x', summary: 'y', body: 'z' } } }) })).toThrow('so.ts: guide page “strat” is not in the demo sources (a typo in the key?).')
  })

  test('a text the source does not have (no German to translate) is refused', () => {
    expect(() => withLocaleTexts(fixture(), { so: so({ services: { beratung: { title: 'a', summary: 'b', description: 'c', eligibility: 'd' } } }) })).toThrow(
      'so.ts: service “beratung” (eisenach) eligibility has no German source text to translate',
    )
  })
})
