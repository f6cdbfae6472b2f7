import { EASY_GERMAN } from '@shared/locales'

/** Intl wants a locale it knows; easy German formats like German. */
export const intlLocale = (locale: string) => (locale === EASY_GERMAN ? 'de' : locale)

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso))
}

export function formatNumber(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value)
}

// Intl formatters are costly to build and a calendar page formats hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone })))
  return f
}

/** "18:00" (or "6:00 PM") in the town's time zone. */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { timeStyle: 'short' }).format(instant)
}

/** A local day ('YYYY-MM-DD') as a heading: "Dienstag, 8. Dezember 2026". */
export function formatDay(date: string, locale: string, style: 'full' | 'long' | 'medium' = 'full'): string {
  return formatter(locale, 'UTC', { dateStyle: style }).format(new Date(`${date}T12:00:00Z`))
}

/** A month heading: "Dezember 2026". */
export function formatMonth(date: string, locale: string): string {
  return formatter(locale, 'UTC', { month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`))
}

/** Short weekday names, Monday first, e.g. ["Mo", "Di", …]. */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatter(locale, 'UTC', { weekday: width }).format(new Date(Date.UTC(2024, 0, 1 + i, 12))))
}
