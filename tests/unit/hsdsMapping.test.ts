import { mapServiceSummary, localDate, statusOf } from '@cms/hsds/mapService'
import { hsdsPage, pageOf } from '@cms/hsds/page'
import { BadParam, parseInstant, parseListParams } from '@cms/hsds/params'
import { stateOf } from '@cms/hsds/mapLocation'

const q = (s: string) => new URLSearchParams(s)

describe('list parameters', () => {
  test('defaults', () => {
    expect(parseListParams(q(''))).toMatchObject({ page: 1, perPage: 50, search: null, full: false, modifiedAfter: null, topOnly: false })
  })

  test('valid values', () => {
    const p = parseListParams(q('page=3&per_page=100&search=+Beratung+&full=true&top_only=1&organization_id=2ED6657D-E927-568B-95E1-2665A8AEA6A2&format=json'))
    expect(p).toMatchObject({ page: 3, perPage: 100, search: 'Beratung', full: true, topOnly: true, organizationId: '2ed6657d-e927-568b-95e1-2665a8aea6a2' })
  })

  test.each([
    ['page=0', /page/],
    ['page=-1', /page/],
    ['page=1.5', /page/],
    ['page=abc', /page/],
    ['per_page=101', /per_page .*1 to 100/],
    ['per_page=0', /per_page/],
    ['modified_after=yesterday', /modified_after/],
    ['modified_after=2026-13-01', /modified_after/],
    ['taxonomy_term_id=123', /taxonomy_term_id must be a UUID/],
    ['organization_id=65f1c0ffee0000000000abcd', /organization_id/],
    ['full=maybe', /full/],
    ['format=ndjson', /format=json/],
  ])('%s is refused', (query, reason) => {
    expect(() => parseListParams(q(query))).toThrow(BadParam)
    expect(() => parseListParams(q(query))).toThrow(reason)
  })

  test('modified_after: dates, zones, and no zone read as UTC', () => {
    expect(parseInstant('2026-01-31')).toBe('2026-01-31T00:00:00.000Z')
    expect(parseInstant('2026-01-31T12:00:00+01:00')).toBe('2026-01-31T11:00:00.000Z')
    expect(parseInstant('2026-01-31T12:00')).toBe('2026-01-31T12:00:00.000Z')
    expect(parseInstant('31.01.2026')).toBeNull()
  })
})

describe('page wrapper', () => {
  test('counts and flags', () => {
    expect(hsdsPage(['a', 'b'], 5, 1, 2)).toEqual({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: ['a', 'b'] })
    expect(pageOf(['a', 'b', 'c', 'd', 'e'], 3, 2)).toMatchObject({ page_number: 3, size: 1, first_page: false, last_page: true, contents: ['e'] })
    expect(pageOf(['a'], 4, 2)).toMatchObject({ total_pages: 1, page_number: 4, size: 0, last_page: true, empty: true, contents: [] })
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({ total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true })
  })
})

describe('service fields', () => {
  test('status: ended is defunct, outside its dates inactive', () => {
    const today = '2026-03-01'
    expect(statusOf('active', { from: null, to: null }, today)).toBe('active')
    expect(statusOf('temporarily-closed', { from: null, to: null }, today)).toBe('temporarily closed')
    expect(statusOf('ended', { from: null, to: null }, today)).toBe('defunct')
    expect(statusOf('active', { from: '2026-04-01', to: null }, today)).toBe('inactive')
    expect(statusOf('active', { from: null, to: '2026-02-28' }, today)).toBe('inactive')
    expect(statusOf('active', { from: '2026-03-01', to: '2026-03-01' }, today)).toBe('active')
  })

  test('stored instants become the town’s local day', () => {
    expect(localDate('2025-12-31T23:00:00.000Z', 'Europe/Berlin')).toBe('2026-01-01')
    expect(localDate('2026-06-30', 'Europe/Berlin')).toBe('2026-06-30')
    expect(localDate(null, 'Europe/Berlin')).toBeNull()
    expect(localDate('soon', 'Europe/Berlin')).toBeNull()
  })

  test('the state of an address comes from the AGS', () => {
    expect(stateOf('16056000')).toBe('Thüringen')
    expect(stateOf('09162')).toBe('Bayern')
    expect(stateOf(null)).toBe('')
    expect(stateOf('99000000')).toBe('')
  })

  test('the summary leaves out what is unknown or not public', () => {
    const town = { id: 't', slug: 'eisenach', name: 'Eisenach', timeZone: 'Europe/Berlin', defaultLocale: 'de' }
    const service = {
      id: '65f1c0ffee0000000000abcd',
      slug: 'beratung',
      title: 'Beratung',
      summary: 'Kurz.',
      description: { root: { children: [{ children: [{ text: 'Lang.' }] }] } },
      organization: 'org-draft',
      status: 'active',
      lastVerifiedAt: '2026-02-27T23:30:00.000Z',
      cost: { type: 'free', note: null },
      updatedAt: '2026-02-28T10:00:00.000Z',
    }
    const out = mapServiceSummary(service, { town, locale: 'de', today: '2026-03-01', publicOrganizations: new Set(), serviceUrl: (slug) => `https://portal.example/de/eisenach/services/${slug}` })
    expect(out).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Beratung',
      description: 'Kurz.\n\nLang.',
      url: 'https://portal.example/de/eisenach/services/beratung',
      status: 'active',
      assured_date: '2026-02-28',
      last_modified: '2026-02-28T10:00:00.000Z',
    })
  })
})
