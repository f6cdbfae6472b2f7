import { isLocale, type Locale } from '@shared/locales'
import { getTown, type Town } from './towns'

/** The town and language of a route handler (feeds, calendars), or null for a 404. */
export async function townForRoute(locale: string, slug: string): Promise<{ town: Town; locale: Locale } | null> {
  if (!isLocale(locale)) return null
  const town = await getTown(slug)
  if (!town || !town.enabledLocales.includes(locale)) return null
  return { town, locale }
}

/** The public origin for absolute links in feeds. */
export function originOf(request: Request): string {
  return process.env.SERVER_URL || new URL(request.url).origin
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
