import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import type { Locale } from '@shared/locales'
import { routing } from '@web/i18n/routing'

/** Validates the `[locale]` segment and tells next-intl about it (404 for unknown codes). */
export function requireLocale(locale: string): Locale {
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}
