import { EASY_GERMAN } from '@shared/locales'

/** Intl wants a locale it knows; easy German formats like German. */
export const intlLocale = (locale: string) => (locale === EASY_GERMAN ? 'de' : locale)

/**
 * A date as letters, posters and appointment slips in Germany write it: always Gregorian, in the
 * reader's words and digits ("۵ دسامبر ۲۰۲۶"). Where the reader's own calendar is another one
 * (Solar Hijri for Persian and Pashto) that date follows in brackets: "۵ دسامبر ۲۰۲۶ (۱۴ آذر ۱۴۰۵)".
 */
export function formatDate(iso: string, locale: string, timeZone: string): string {
  return withLocalCalendar(new Date(iso), locale, timeZone, formatter(locale, timeZone, { dateStyle: 'long' }).format(new Date(iso)))
}

/**
 * Every number, year and percentage a portal page shows goes through these, so each is written in
 * the reader's digits ("۲۰۱۸" in Persian and Pashto; Arabic keeps the Latin digits Intl gives it,
 * as its dates do). Phone numbers, postcodes and addresses are not numbers here: they stay as
 * written, to be dialled and matched (tests/e2e/tables-digits.test.ts sweeps the pages).
 */
export function formatNumber(value: number, locale: string, digits = 1): string {
  return numberFormatter(locale, { maximumFractionDigits: digits }).format(value)
}

/** A year ("2018", "۲۰۱۸"): the reader's digits, never grouped ("2.018"). */
export function formatYear(year: number, locale: string): string {
  return numberFormatter(locale, { useGrouping: false }).format(year)
}

/** A share out of 100 with the locale's own sign and spacing: "50 %", "50%", "%50", "۵۰٪". */
export function formatPercent(value: number, locale: string, digits = 0): string {
  return numberFormatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100)
}

/** An amount in euros, without cents: "12.000 €", "€۱۲٬۰۰۰". */
export function formatEuros(value: number, locale: string): string {
  return numberFormatter(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value)
}

const numberFormatters = new Map<string, Intl.NumberFormat>()
function numberFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = numberFormatters.get(key)
  if (!f) numberFormatters.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)))
  return f
}

// Intl formatters are costly to build and a calendar page formats hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>()
/** A cached formatter; Gregorian unless a calendar is asked for (Intl would pick Solar Hijri for fa and ps). */
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), { calendar: 'gregory', ...options, timeZone })))
  return f
}

/** The calendar the reader's language uses by default when it is not the Gregorian one. */
const calendars = new Map<string, string | null>()
function ownCalendar(locale: string): string | null {
  let own = calendars.get(locale)
  if (own === undefined) {
    const calendar = new Intl.DateTimeFormat(intlLocale(locale)).resolvedOptions().calendar
    calendars.set(locale, (own = calendar === 'gregory' || calendar === 'iso8601' ? null : calendar))
  }
  return own
}

/** `gregorian` followed by the same day in the reader's own calendar, in brackets (without its era, "AP"). */
function withLocalCalendar(instant: Date, locale: string, timeZone: string, gregorian: string): string {
  const calendar = ownCalendar(locale)
  if (!calendar) return gregorian
  const own = formatter(locale, timeZone, { calendar, day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(instant)
    .filter((p) => p.type !== 'era')
    .map((p) => p.value)
    .join('')
    .trim()
  return `${gregorian} (${own})`
}

/** "18:00–20:00" as the reader's language writes a span of time (its dash, its digits), in the town's time zone. */
export function formatTimeRange(start: Date, end: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { timeStyle: 'short' }).formatRange(start, end)
}

/** A day with its span of time: "Samstag, 5. Dezember 2026, 18:00–20:00 Uhr" (the start alone where there is no span). */
export function formatDayTimeRange(start: Date, end: Date, locale: string, timeZone: string): string {
  const f = formatter(locale, timeZone, { dateStyle: 'full', timeStyle: 'short' })
  return end > start ? f.formatRange(start, end) : f.format(start)
}

/** A wall-clock time as stored ("08:00", opening hours) in the reader's way: "08:00", "8:00 AM", "۰۸:۰۰". */
export function formatClock(time: string, locale: string): string {
  return formatter(locale, 'UTC', { timeStyle: 'short' }).format(new Date(`2024-01-01T${time}:00Z`))
}

/** A distance as a map's scale gives it: "500 m", "۵۰۰ متر", "1 km". */
export function formatDistance(metres: number, locale: string): string {
  const km = metres >= 1000
  return numberFormatter(locale, { style: 'unit', unit: km ? 'kilometer' : 'meter', maximumFractionDigits: 1 }).format(km ? metres / 1000 : metres)
}

/** "18:00" (or "6:00 PM") in the town's time zone. */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { timeStyle: 'short' }).format(instant)
}

/**
 * A local day ('YYYY-MM-DD'): "Dienstag, 8. Dezember 2026". Headings of a day may add the day in
 * the reader's own calendar (`withOwnCalendar`), as `formatDate` does.
 */
export function formatDay(date: string, locale: string, style: 'full' | 'long' | 'medium' = 'full', { withOwnCalendar = false } = {}): string {
  const instant = new Date(`${date}T12:00:00Z`)
  const gregorian = formatter(locale, 'UTC', { dateStyle: style }).format(instant)
  return withOwnCalendar ? withLocalCalendar(instant, locale, 'UTC', gregorian) : gregorian
}

/** The day of the month in the reader's digits: "8", "۸". */
export function formatDayOfMonth(date: string, locale: string): string {
  return formatter(locale, 'UTC', { day: 'numeric' }).format(new Date(`${date}T12:00:00Z`))
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
