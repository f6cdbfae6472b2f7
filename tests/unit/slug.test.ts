import { isPortalRoute } from '@shared/routes'
import { isValidSlug, slugify } from '@shared/slug'

describe('slugify', () => {
  test.each([
    ['Volkshochschule Eisenach', 'volkshochschule-eisenach'],
    ['Caritas – Migrationsberatung für Erwachsene', 'caritas-migrationsberatung-fuer-erwachsene'],
    ['Straße & Größe', 'strasse-groesse'],
    ['  Café Crème  ', 'cafe-creme'],
    ['Interkulturelles Frauenfrühstück e. V.', 'interkulturelles-frauenfruehstueck-e-v'],
    ['العربية', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  test('cuts long names without a trailing hyphen', () => {
    const slug = slugify('a'.repeat(79) + ' bcd')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('isValidSlug', () => {
  test.each(['eisenach', 'lk-sm-2', 'a'])('accepts %s', (s) => expect(isValidSlug(s)).toBe(true))
  test.each(['', 'Eisenach', 'a--b', '-a', 'a-', 'ä', 'a b', 'x'.repeat(81)])('rejects %j', (s) => expect(isValidSlug(s)).toBe(false))
})

describe('isPortalRoute (what the proxy lets through)', () => {
  test.each([[[]], [['eisenach']], [['eisenach', 'imprint']], [['schmalkalden-meiningen', 'privacy']]])('%j is a route', (segments) => {
    expect(isPortalRoute(segments)).toBe(true)
  })
  test.each([[['Eisenach']], [['eisenach', 'nope']], [['eisenach', 'imprint', 'x']], [['a b']]])('%j is not', (segments) => {
    expect(isPortalRoute(segments)).toBe(false)
  })
})
