/**
 * The portal's route shapes below `/{locale}`. The proxy answers anything else with the
 * localized 404 page directly, because Next.js renders `notFound()` from a dynamic page
 * only in the browser (an empty `<html id="__next_error__">` shell without JavaScript;
 * vercel/next.js#62228). Add a pattern here with every new portal route.
 */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*'

const TOWN_ROUTES: RegExp[] = [
  /^$/,
  /^imprint$/,
  /^privacy$/,
  /^accessibility(\/feedback)?$/,
  /^services$/,
  new RegExp(`^services/${SLUG}$`),
  new RegExp(`^organizations/${SLUG}$`),
  /^guide$/,
  /^news$/,
  /^news\/feed\.(xml|atom)$/,
  new RegExp(`^news/${SLUG}$`),
  /^events$/,
  /^events\/calendar\.ics$/,
  new RegExp(`^events/${SLUG}$`),
  new RegExp(`^events/${SLUG}/calendar\\.ics$`),
  /^search$/,
  /^open-data$/,
  /^plan$/,
  /^plan\/(indicators|editions|report)$/,
  /^plan\/editions\/compare$/,
  /^plan\/(measures|indicators)\.csv$/,
  new RegExp(`^plan/${SLUG}$`),
  new RegExp(`^plan/(measures|indicators|editions)/${SLUG}$`),
  new RegExp(`^guide(?:/${SLUG}){1,6}$`),
]

/** True when `segments` (the path after the locale) can be a portal page. */
export function isPortalRoute(segments: string[]): boolean {
  if (segments.length === 0) return true
  const [town, ...rest] = segments
  if (!town || !new RegExp(`^${SLUG}$`).test(town)) return false
  const subpath = rest.join('/')
  return TOWN_ROUTES.some((pattern) => pattern.test(subpath))
}

/** The static route that renders the 404 page (a reserved word, never a town slug). */
export const NOT_FOUND_SEGMENT = 'not-found'
