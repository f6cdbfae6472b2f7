import { addDays, DAYS, type Day } from './openingHours'
import { languageOrEmpty, type Params, readParam, slugOrEmpty } from './queryParams'

export const EVENT_VIEWS = ['list', 'week', 'month'] as const
export type EventView = (typeof EVENT_VIEWS)[number]

/** The events page's filters and view, all in the URL (shareable, no JavaScript needed). */
export interface EventFilters {
  category: string
  audience: string
  language: string
  view: EventView
  /** First local day shown, 'YYYY-MM-DD'; empty = today. */
  from: string
  /** Last local day shown (list view only), 'YYYY-MM-DD'; empty = a month after `from`. */
  to: string
}

export const LIST_DAYS = 30
// A list longer than a year is neither readable nor cheap to expand.
export const MAX_LIST_DAYS = 366

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
// Years far out (9999-12-31) would overflow date arithmetic; nobody plans beyond this.
const dateOrEmpty = (v: string) =>
  DATE.test(v) && v >= '2000-01-01' && v <= '2099-12-31' && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v) ? v : ''

export function parseEventParams(params: Params): EventFilters {
  const view = readParam(params, 'view') as EventView
  return {
    category: slugOrEmpty(readParam(params, 'category')),
    audience: slugOrEmpty(readParam(params, 'audience')),
    language: languageOrEmpty(readParam(params, 'language')),
    view: EVENT_VIEWS.includes(view) ? view : 'list',
    from: dateOrEmpty(readParam(params, 'from')),
    to: dateOrEmpty(readParam(params, 'to')),
  }
}

/** The query string for filters; defaults are left out so URLs stay short. */
export function eventQueryString(f: Partial<EventFilters>): string {
  const p = new URLSearchParams()
  if (f.category) p.set('category', f.category)
  if (f.audience) p.set('audience', f.audience)
  if (f.language) p.set('language', f.language)
  if (f.view && f.view !== 'list') p.set('view', f.view)
  if (f.from) p.set('from', f.from)
  if (f.to) p.set('to', f.to)
  const s = p.toString()
  return s ? `?${s}` : ''
}

export interface DayRange {
  /** First local day, inclusive. */
  first: string
  /** Last local day, inclusive. */
  last: string
  previous: string | null
  next: string
}

function weekdayOf(date: string): Day {
  return DAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7]!
}

/** Monday of the week of a date. */
export function mondayOf(date: string): string {
  return addDays(date, -DAYS.indexOf(weekdayOf(date)))
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000)
}

/**
 * The local days a view shows, with the `from` of the previous and next page. Views never
 * go back before today's week or month (past events are not listed).
 */
export function viewRange(f: Pick<EventFilters, 'view' | 'from' | 'to'>, today: string): DayRange {
  const from = f.from && f.from > today ? f.from : today
  if (f.view === 'week') {
    const first = mondayOf(from)
    const previous = first > mondayOf(today) ? addDays(first, -7) : null
    return { first, last: addDays(first, 6), previous, next: addDays(first, 7) }
  }
  if (f.view === 'month') {
    const first = `${from.slice(0, 7)}-01`
    const nextMonth = addDays(first, 32).slice(0, 7) + '-01'
    const prevMonth = addDays(first, -1).slice(0, 7) + '-01'
    return { first, last: addDays(nextMonth, -1), previous: first > today.slice(0, 7) + '-01' ? prevMonth : null, next: nextMonth }
  }
  const wanted = f.to && f.to >= from ? daysBetween(from, f.to) + 1 : LIST_DAYS
  const length = Math.min(wanted, MAX_LIST_DAYS)
  const last = addDays(from, length - 1)
  const previous = from > today ? (addDays(from, -length) > today ? addDays(from, -length) : today) : null
  return { first: from, last, previous, next: addDays(last, 1) }
}

/** The weeks (Monday first) of a month grid, each seven local dates; days of other months included. */
export function monthGrid(first: string, last: string): string[][] {
  const weeks: string[][] = []
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(DAYS.map((_, i) => addDays(monday, i)))
  }
  return weeks
}
