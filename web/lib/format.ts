import { EASY_GERMAN } from '../../shared/locales'

/** Intl wants a locale it knows; easy German formats like German. */
export const intlLocale = (locale: string) => (locale === EASY_GERMAN ? 'de' : locale)

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso))
}

export function formatNumber(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value)
}
