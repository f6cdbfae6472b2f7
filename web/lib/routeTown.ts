import { noteTags } from '@cms/cache/renderNotes'
import { pageTags, TOWNS_TAG } from '@shared/cacheTags'
import { isLocale, type Locale } from '@shared/locales'
import { TOWN_ROUTES, type TownRouteName } from '@shared/routes'
import { getTown, type Town } from './towns'

/**
 * The town and language of a route handler (feeds, calendars, CSV files), or null for a 404;
 * tags the answer for the response cache like a page of that route.
 */
export async function townForRoute(name: TownRouteName, locale: string, slug: string): Promise<{ town: Town; locale: Locale } | null> {
  if (!isLocale(locale)) return null
  const town = await getTown(slug)
  noteTags(town ? pageTags(town.id, TOWN_ROUTES[name].shows) : [TOWNS_TAG])
  if (!town || !town.enabledLocales.includes(locale)) return null
  return { town, locale }
}

/** The public origin for absolute links in feeds. */
export function originOf(request: Request): string {
  return process.env.SERVER_URL || new URL(request.url).origin
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
