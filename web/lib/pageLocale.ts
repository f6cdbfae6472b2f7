import { notFound, redirect } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@shared/locales'
import { NOT_FOUND_SEGMENT } from '@shared/routes'
import { routing } from '../i18n/routing'
import { getTown, type Town } from './towns'

/** Validates the `[locale]` segment and tells next-intl about it (404 for unknown codes). */
export function requireLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/**
 * The town of a `[town]` page. Unknown town: the 404 page (a redirect rather than
 * `notFound()`, which Next.js renders only in the browser for dynamic pages; see
 * shared/routes.ts). A language the town does not offer: the same page in the town's
 * default language, rather than a dead end.
 */
export async function townForPage(locale: Locale, slug: string, subpath = ''): Promise<Town> {
  const town = await getTown(slug)
  if (!town) redirect(`/${locale}/${NOT_FOUND_SEGMENT}`)
  if (!town.enabledLocales.includes(locale)) redirect(`/${town.defaultLocale}/${town.slug}${subpath}`)
  return town
}
