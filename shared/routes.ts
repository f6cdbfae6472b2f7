import type { Config, PageView } from '@cms/payload-types'
import type { Locale } from './locales'

/**
 * The portal's pages, once. Every portal address is built from this table (`route.service({
 * locale, town, slug })`); the proxy's list of known addresses, the sitemap, the language
 * switcher, `alternates`, breadcrumbs and the paths of view counting are derived from it.
 * Adding a portal page means one entry here plus its page file.
 */

/** A collection whose documents a page shows (the page's cache tags). */
export type ShownCollection = keyof Config['collections']

/** What one entry says about its page. */
export interface RouteSpec {
  /**
   * The address below `/{locale}/{town}`: literal segments, `:name` for one slug, `*path` for a
   * path of one to six slugs (the guide's levels).
   */
  readonly pattern: string
  /** The documents the page shows, by collection (the town itself always counts). */
  readonly shows: readonly ShownCollection[]
  /**
   * When the page keeps Next's client runtime in the browser: `always`, or `with-map` (the
   * directory's tile map, only where a tile server is configured). Every other page is served
   * without it, and its answer is cached and needs no script nonce.
   */
  readonly clientRuntime?: 'always' | 'with-map'
  /** In the sitemap: `true` for a page without parameters, a collection for one entry per document. */
  readonly sitemap?: true | ShownCollection
  /** A file (feed, calendar, CSV) rather than an HTML page: no language switcher, no alternates. */
  readonly file?: boolean
  /** The name of the page one level up (breadcrumbs); the town's home when not given. */
  readonly parent?: string
  /** The message key naming the page in menus and breadcrumbs. */
  readonly label?: string
  /** Counted in the editors' usage figures as this kind of view. */
  readonly view?: PageView['kind']
}

const town = <const P extends string>(pattern: P, spec: Omit<RouteSpec, 'pattern'>) => ({ pattern, ...spec })

/** Every page below a town. Order does not matter; names are what the code uses. */
export const TOWN_ROUTES = {
  home: town('', { view: 'home', shows: ['news', 'events', 'pages', 'topics'], sitemap: true }),
  imprint: town('imprint', { label: 'Footer.imprint', shows: [], sitemap: true }),
  privacy: town('privacy', { label: 'Footer.privacy', shows: [], sitemap: true }),
  accessibility: town('accessibility', { label: 'Footer.accessibility', shows: [], sitemap: true }),
  accessibilityFeedback: town('accessibility/feedback', { label: 'Footer.reportBarrier', parent: 'accessibility', shows: [], clientRuntime: 'always' }),
  services: town('services', { label: 'Directory.title', shows: ['services', 'organizations', 'locations', 'topics', 'audiences', 'districts'], sitemap: true, clientRuntime: 'with-map' }),
  service: town('services/:slug', { parent: 'services', view: 'service', shows: ['services', 'organizations', 'locations', 'topics', 'audiences', 'districts'], sitemap: 'services' }),
  organization: town('organizations/:slug', { parent: 'services', shows: ['organizations', 'services'], sitemap: 'organizations' }),
  guide: town('guide', { label: 'Guide.title', shows: ['pages'], sitemap: true }),
  guidePage: town('guide/*path', { parent: 'guide', view: 'guide', shows: ['pages', 'services'], sitemap: 'pages' }),
  news: town('news', { label: 'News.title', shows: ['news'], sitemap: true }),
  newsRss: town('news/feed.xml', { shows: ['news'], file: true }),
  newsAtom: town('news/feed.atom', { shows: ['news'], file: true }),
  newsItem: town('news/:slug', { parent: 'news', view: 'news', shows: ['news', 'media'], sitemap: 'news' }),
  events: town('events', { label: 'Events.title', shows: ['events', 'topics', 'audiences', 'districts', 'locations'], sitemap: true }),
  eventsCalendar: town('events/calendar.ics', { shows: ['events', 'locations'], file: true }),
  event: town('events/:slug', { parent: 'events', view: 'event', shows: ['events', 'locations', 'organizations', 'topics', 'audiences'], sitemap: 'events' }),
  eventCalendar: town('events/:slug/calendar.ics', { shows: ['events', 'locations'], file: true }),
  search: town('search', { label: 'Search.title', shows: ['services', 'pages', 'news', 'events', 'organizations'] }),
  openData: town('open-data', { label: 'Footer.openData', shows: [], sitemap: true }),
  // The town's web app manifest (name, colour, icons); only the town's own document is in it.
  manifest: town('manifest.webmanifest', { shows: [], file: true }),
  plan: town('plan', { label: 'Plan.title', view: 'plan', shows: ['action-fields', 'goals', 'measures', 'indicators', 'plan-editions'], sitemap: true }),
  planIndicators: town('plan/indicators', { label: 'Plan.indicators', parent: 'plan', shows: ['indicators', 'measures', 'action-fields'], sitemap: true }),
  planEditions: town('plan/editions', { label: 'Plan.editions', parent: 'plan', shows: ['plan-editions'], sitemap: true }),
  planReport: town('plan/report', { parent: 'plan', shows: ['action-fields', 'goals', 'measures', 'indicators', 'working-groups'], sitemap: true }),
  planCompare: town('plan/editions/compare', { parent: 'planEditions', shows: ['plan-editions'] }),
  measuresCsv: town('plan/measures.csv', { shows: ['measures', 'action-fields', 'goals'], file: true }),
  indicatorsCsv: town('plan/indicators.csv', { shows: ['indicators', 'measures'], file: true }),
  actionField: town('plan/:field', { parent: 'plan', shows: ['action-fields', 'goals', 'measures', 'indicators'], sitemap: 'action-fields' }),
  measure: town('plan/measures/:slug', { parent: 'plan', view: 'measure', shows: ['measures', 'action-fields', 'goals', 'indicators', 'working-groups', 'organizations'], sitemap: 'measures' }),
  indicator: town('plan/indicators/:slug', { parent: 'planIndicators', view: 'indicator', shows: ['indicators', 'measures'], sitemap: 'indicators' }),
  edition: town('plan/editions/:slug', { parent: 'planEditions', shows: ['plan-editions'], sitemap: 'plan-editions' }),
} as const satisfies Record<string, RouteSpec>

export type TownRouteName = keyof typeof TOWN_ROUTES

/** True for the name of an entry of the table. */
export function isTownRoute(name: string): name is TownRouteName {
  return Object.hasOwn(TOWN_ROUTES, name)
}

/** Every entry's name. */
export const TOWN_ROUTE_NAMES: readonly TownRouteName[] = Object.keys(TOWN_ROUTES).filter(isTownRoute)

type Pattern<R extends TownRouteName> = (typeof TOWN_ROUTES)[R]['pattern']
type SlugNames<P extends string> = P extends `${infer Head}/${infer Rest}` ? SlugNames<Head> | SlugNames<Rest> : P extends `:${infer N}` ? N : never
type HasPath<P extends string> = P extends `${string}*path${string}` ? true : false

/** The parameters of a town page below its town: `{ slug }`, `{ field }`, `{ path }` or none. */
export type RouteSlugs<R extends TownRouteName> = { [K in SlugNames<Pattern<R>>]: string } & (HasPath<Pattern<R>> extends true ? { path: readonly string[] } : unknown)

/** Everything that names one town page, except the language. */
export type TownPageParams<R extends TownRouteName> = { town: string } & RouteSlugs<R>

/** One page, without its language: what the language switcher, `alternates` and view counting use. */
export interface PageRef {
  readonly route: TownRouteName | 'towns'
  /** The address below `/{locale}`, built from the table ("/" for the town chooser). */
  readonly path: string
}

type LooseParams = { town: string } & { readonly [name: string]: string | readonly string[] | undefined }

/** The address of a town page below `/{locale}`, e.g. `/eisenach/services/x`. */
export function townPath<R extends TownRouteName>(name: R, params: TownPageParams<R>): string {
  return buildTownPath(name, params)
}

/** A pattern's segments: fixed text, or the name of the parameter that fills it ('path' for `*path`). */
type Segment = { text: string } | { param: string }

/** Every page's segments, read from its pattern once: a page with a language switcher and menus builds dozens of addresses. */
const SEGMENTS = new Map<TownRouteName, readonly Segment[]>()

function segmentsOf(name: TownRouteName): readonly Segment[] {
  let segments = SEGMENTS.get(name)
  if (!segments) {
    segments = TOWN_ROUTES[name].pattern
      .split('/')
      .filter(Boolean)
      .map((part) => (part === '*path' ? { param: 'path' } : part.startsWith(':') ? { param: part.slice(1) } : { text: part }))
    SEGMENTS.set(name, segments)
  }
  return segments
}

function buildTownPath(name: TownRouteName, values: LooseParams): string {
  let path = `/${values.town}`
  for (const segment of segmentsOf(name)) {
    if ('text' in segment) {
      path += `/${segment.text}`
      continue
    }
    const value = values[segment.param]
    for (const part of typeof value === 'string' ? [value] : (value ?? [])) path += `/${encodeURIComponent(part)}`
  }
  return path
}

/**
 * The address of a page whose one parameter comes from data (a document's slug, a guide
 * page's path), for lists such as the sitemap.
 */
export function townPathFor(name: TownRouteName, town: string, value: string | readonly string[]): string {
  const param = TOWN_ROUTES[name].pattern.split('/').find((part) => part.startsWith(':') || part === '*path')
  const params: LooseParams = { town, ...(param ? { [param === '*path' ? 'path' : param.slice(1)]: value } : {}) }
  return buildTownPath(name, params)
}

/** The reference of one town page. */
export function townPageRef<R extends TownRouteName>(name: R, params: TownPageParams<R>): PageRef {
  return { route: name, path: townPath(name, params) }
}

export const TOWNS_PAGE: PageRef = { route: 'towns', path: '/' }

/**
 * The same page with the reader's query ("?topic=x"): the language switcher and the barrier
 * report then keep the filters. `query` is "" or starts with "?".
 */
export function withQuery(page: PageRef, query: string): PageRef {
  return { ...page, path: `${page.path}${query}` }
}

/** The full address of a page in one language. */
export function hrefOf(page: PageRef, locale: Locale): string {
  return page.path === '/' ? `/${locale}` : `/${locale}${page.path}`
}

type TownRouteBuilders = { [R in TownRouteName]: (params: { locale: Locale } & TownPageParams<R>) => string }

function townBuilders(): TownRouteBuilders {
  const entries = TOWN_ROUTE_NAMES.map((name) => [name, (params: { locale: Locale } & TownPageParams<typeof name>) => `/${params.locale}${townPath(name, params)}`])
  return Object.fromEntries(entries)
}

/** Builders for every portal address: `route.service({ locale, town, slug })`. */
export const route: TownRouteBuilders & {
  towns: (params: { locale: Locale }) => string
  notFound: (params: { locale: Locale }) => string
} = {
  ...townBuilders(),
  towns: ({ locale }) => `/${locale}`,
  notFound: ({ locale }) => `/${locale}/${NOT_FOUND_SEGMENT}`,
}

/** The static route that renders the 404 page (a reserved word, never a town slug). */
export const NOT_FOUND_SEGMENT = 'not-found'

/** The 404 page's query parameter naming the town an unknown address is below (set by the proxy only). */
export const NOT_FOUND_TOWN = 'town'

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*'
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function patternRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part === '*path' ? `${SLUG}(?:/${SLUG}){0,5}` : part.startsWith(':') ? SLUG : escapeRegExp(part)))
  return new RegExp(`^${parts.join('/')}$`)
}

const MATCHERS = TOWN_ROUTE_NAMES.map((name) => ({ name, regexp: patternRegExp(TOWN_ROUTES[name].pattern) }))

/**
 * The town route an address below `/{locale}` belongs to, or null. Literal routes win over
 * slugs (`plan/indicators` is the indicator list, not an action field called "indicators").
 */
export function matchTownRoute(segments: readonly string[]): TownRouteName | null {
  const [townSlug, ...rest] = segments
  if (!townSlug || !new RegExp(`^${SLUG}$`).test(townSlug) || townSlug === NOT_FOUND_SEGMENT) return null
  const subpath = rest.join('/')
  const hits = MATCHERS.filter((m) => m.regexp.test(subpath))
  const literal = hits.find((m) => !/[:*]/.test(TOWN_ROUTES[m.name].pattern))
  return (literal ?? hits[0])?.name ?? null
}

/**
 * True when `segments` (the path after the locale) can be a portal page. The proxy answers
 * anything else with the localized 404 page directly, because Next.js renders `notFound()`
 * from a dynamic page only in the browser (vercel/next.js#62228).
 */
export function isPortalRoute(segments: readonly string[]): boolean {
  return segments.length === 0 || matchTownRoute(segments) !== null
}


/** The pages that need nothing but the town (no slug). */
export type StaticTownRouteName = { [R in TownRouteName]: keyof RouteSlugs<R> extends never ? R : never }[TownRouteName]

export function isStaticTownRoute(name: TownRouteName): name is StaticTownRouteName {
  return !/[:*]/.test(TOWN_ROUTES[name].pattern)
}

/**
 * The pages above one without a slug of their own, from the town's home down (breadcrumbs);
 * levels that depend on a document (a guide chapter, an action field) the page adds itself.
 */
export function ancestorsOf(name: TownRouteName): StaticTownRouteName[] {
  const chain: StaticTownRouteName[] = []
  // Ten steps at most: a parent cycle in the table must not hang a page (the unit test finds it).
  for (let parent = parentOf(name), steps = 0; parent && steps < 10; parent = parentOf(parent), steps++) {
    if (isStaticTownRoute(parent) && !chain.includes(parent)) chain.unshift(parent)
  }
  return name === 'home' || chain[0] === 'home' ? chain : ['home', ...chain]
}

function parentOf(name: TownRouteName): TownRouteName | undefined {
  const spec: RouteSpec = TOWN_ROUTES[name]
  return spec.parent && isTownRoute(spec.parent) ? spec.parent : undefined
}

/**
 * Whether the page at this address keeps Next's client runtime (`hasMap`: a tile server is
 * configured). Addresses that are no town page (the town chooser, the 404 page) never do.
 */
export function keepsClientRuntime(segments: readonly string[], hasMap: boolean): boolean {
  const name = matchTownRoute(segments)
  const runtime: RouteSpec['clientRuntime'] = name ? TOWN_ROUTES[name].clientRuntime : undefined
  return runtime === 'always' || (runtime === 'with-map' && hasMap)
}

/**
 * The route that shows one document of a collection (the one the sitemap lists it under), or
 * null for collections without a page of their own (places, topics, users …). The admin's
 * "on the portal" link and the sitemap read the same entry.
 */
export function documentRouteOf(collection: string): TownRouteName | null {
  return TOWN_ROUTE_NAMES.find((name) => (TOWN_ROUTES[name] as RouteSpec).sitemap === collection) ?? null
}
