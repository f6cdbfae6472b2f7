import fs from 'node:fs'
import path from 'node:path'
import { ancestorsOf, documentRouteOf, hrefOf, isPortalRoute, matchTownRoute, route, TOWN_ROUTE_NAMES, TOWN_ROUTES, townPageRef, townPathFor, type RouteSpec } from '@shared/routes'

const TOWN_DIR = path.resolve('web/app/(portal)/[locale]/[town]')

/** The route files below `[town]`, as table patterns (`[slug]` → `:slug`, `[...path]` → `*path`). */
function fileRoutes(dir = TOWN_DIR, prefix: string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = entry.name.startsWith('[...') ? '*path' : entry.name.startsWith('[') ? `:${entry.name.slice(1, -1)}` : entry.name
      return fileRoutes(path.join(dir, entry.name), [...prefix, segment])
    }
    return entry.name === 'page.tsx' || entry.name === 'route.ts' ? [prefix.join('/')] : []
  })
}

/** Example values for a pattern's parameters. */
function example(pattern: string): string[] | string {
  return pattern.includes('*path') ? ['first-steps', 'registration'] : 'some-slug-2'
}

describe('the route table', () => {
  test('names the one page of each collection with document pages, and none for collections without', () => {
    expect(documentRouteOf('services')).toBe('service')
    expect(documentRouteOf('pages')).toBe('guidePage')
    expect(documentRouteOf('measures')).toBe('measure')
    expect(documentRouteOf('locations')).toBeNull()
    expect(documentRouteOf('users')).toBeNull()
    // One page per collection: the admin's link must not depend on the table's order.
    const collections = TOWN_ROUTE_NAMES.map((name) => (TOWN_ROUTES[name] as RouteSpec).sitemap).filter((s) => typeof s === 'string')
    expect(new Set(collections).size).toBe(collections.length)
  })

  test('has exactly one entry per page or route file below [town], and no entry without a file', () => {
    const files = fileRoutes().sort()
    const patterns = TOWN_ROUTE_NAMES.map((name) => TOWN_ROUTES[name].pattern).sort()
    expect(patterns).toEqual(files)
  })

  test.each(TOWN_ROUTE_NAMES.map((name) => [name]))('%s: the address it builds is recognised as the same route', (name) => {
    const value = example(TOWN_ROUTES[name].pattern)
    const built = townPathFor(name, 'eisenach', value)
    const segments = built.split('/').filter(Boolean)
    expect(matchTownRoute(segments)).toBe(name)
    expect(isPortalRoute(segments)).toBe(true)
  })

  test.each(TOWN_ROUTE_NAMES.map((name) => [name]))('%s: parents exist, and breadcrumbs start at the town home', (name) => {
    const spec: RouteSpec = TOWN_ROUTES[name]
    if (spec.parent) expect(TOWN_ROUTE_NAMES).toContain(spec.parent)
    const trail = ancestorsOf(name)
    if (name !== 'home') expect(trail[0]).toBe('home')
    expect(trail).not.toContain(name)
  })

  test('every page in the sitemap or with a label is one the menu, breadcrumbs or sitemap can build without a document', () => {
    for (const name of TOWN_ROUTE_NAMES) {
      const spec: RouteSpec = TOWN_ROUTES[name]
      if (spec.sitemap === true || spec.label) expect(TOWN_ROUTES[name].pattern).not.toMatch(/[:*]/)
      if (typeof spec.sitemap === 'string') expect(spec.shows).toContain(spec.sitemap)
    }
  })

  test('builders give the addresses the portal has always used', () => {
    expect(route.home({ locale: 'de', town: 'eisenach' })).toBe('/de/eisenach')
    expect(route.service({ locale: 'ar', town: 'eisenach', slug: 'migrationsberatung' })).toBe('/ar/eisenach/services/migrationsberatung')
    expect(route.guidePage({ locale: 'uk', town: 'eisenach', path: ['ankommen', 'anmeldung'] })).toBe('/uk/eisenach/guide/ankommen/anmeldung')
    expect(route.actionField({ locale: 'de', town: 'eisenach', field: 'sprache' })).toBe('/de/eisenach/plan/sprache')
    expect(route.eventCalendar({ locale: 'de', town: 'eisenach', slug: 'fest' })).toBe('/de/eisenach/events/fest/calendar.ics')
    expect(route.towns({ locale: 'fa' })).toBe('/fa')
    expect(route.notFound({ locale: 'de' })).toBe('/de/not-found')
    expect(hrefOf(townPageRef('measure', { town: 'eisenach', slug: 'x' }), 'tr')).toBe('/tr/eisenach/plan/measures/x')
  })

  test('literal pages win over slugs', () => {
    expect(matchTownRoute(['eisenach', 'plan', 'indicators'])).toBe('planIndicators')
    expect(matchTownRoute(['eisenach', 'plan', 'report'])).toBe('planReport')
    expect(matchTownRoute(['eisenach', 'plan', 'editions', 'compare'])).toBe('planCompare')
    expect(matchTownRoute(['eisenach', 'plan', 'sprache'])).toBe('actionField')
    expect(matchTownRoute(['eisenach', 'events', 'calendar.ics'])).toBe('eventsCalendar')
  })

  test.each([[['not-found']], [['eisenach', 'guide', 'a', 'b', 'c', 'd', 'e', 'f', 'g']], [['eisenach', 'services', 'A']], [['eisenach', 'plan', 'measures', 'a', 'b']], [['eisenach', 'news', 'feed.json']]])(
    '%j is no page',
    (segments) => expect(isPortalRoute(segments)).toBe(false),
  )
})
