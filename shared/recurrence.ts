/**
 * Event recurrence: a few organiser-friendly choices ("every second Tuesday of the month") that
 * expand to dates in the town's time zone and translate to an RFC 5545 RRULE for calendar feeds.
 *
 * Series follow the local wall clock: a weekly 18:00 event stays at 18:00 across daylight-saving
 * changes. rrule expands in "floating" time (wall-clock fields stored as if they were UTC) and
 * each wall-clock date is converted back to an instant with the zone's offsets from Intl.
 *
 * The start anchors a series (time of day, default weekday and day of month) and the series runs
 * from there; a start that does not fit the rule (a Friday start of "every 2nd Tuesday") is not
 * itself a date. RFC 5545 leaves such a DTSTART undefined and clients disagree, so feeds use the
 * first date of the series as DTSTART (`firstOccurrence`).
 */
import * as rruleModule from 'rrule'
import type { Options as RRuleOptions, Weekday } from 'rrule'
import { DAYS, addDays, type Day } from './openingHours'

// rrule's "main" is a UMD bundle that Node's ESM loader exposes only as a default export, while
// bundlers (its "module" build) and jest see the named exports.
const { RRule } = (Reflect.get(rruleModule, 'default') as typeof rruleModule | undefined) ?? rruleModule

export const FREQUENCIES = ['none', 'daily', 'weekly', 'monthly'] as const
export type Frequency = (typeof FREQUENCIES)[number]
export const MONTHLY_MODES = ['dayOfMonth', 'nthWeekday'] as const
/** Which weekday of the month; -1 is the last one. */
export const NTH_VALUES = [1, 2, 3, 4, -1] as const

export interface Recurrence {
  frequency: Frequency
  /** Every n days/weeks/months; default 1. */
  interval?: number | null
  /** Weekly: which days; default the weekday of the start. */
  weekdays?: Day[] | null
  /** Monthly: the start's day number, or e.g. "2nd Tuesday". */
  monthlyMode?: (typeof MONTHLY_MODES)[number] | null
  /** nthWeekday: 1..4 or -1 (last); default derived from the start. */
  nth?: number | null
  /** nthWeekday: default the weekday of the start. */
  nthWeekday?: Day | null
  ends?: 'never' | 'until' | 'count' | null
  /** Last local date (inclusive): "YYYY-MM-DD", or an ISO instant whose local date counts. */
  until?: string | null
  count?: number | null
  /** Local dates without an occurrence, as "YYYY-MM-DD", ISO instants or Payload array rows. */
  exceptions?: (string | { date?: string | null })[] | null
}

export interface EventTiming {
  start: string
  end?: string | null
  allDay?: boolean | null
  recurrence?: Recurrence | null
}

export interface Occurrence {
  start: Date
  end: Date
  /** Local date of the start, "YYYY-MM-DD". */
  date: string
}

const SECOND = 1000
const DAY_MS = 86_400_000
const DEFAULT_LIMIT = 500
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/

// ---------------------------------------------------------------------------------------------
// Time zone offsets

/** A change of a zone's UTC offset; offsets are milliseconds east of UTC. */
export interface ZoneTransition {
  /** The instant (ms since the epoch) from which `toOffset` applies. */
  at: number
  fromOffset: number
  toOffset: number
}

interface ZoneYear {
  /** Offset at 1 January 00:00 UTC. */
  offset: number
  transitions: ZoneTransition[]
}

// Building a DateTimeFormat costs far more than using one, and each use still costs microseconds:
// offsets are read from Intl once per zone and year and answered from the table afterwards.
const formatters = new Map<string, Intl.DateTimeFormat>()
const zoneYears = new Map<string, Map<number, ZoneYear>>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    const numeric = 'numeric' as const
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric })
    formatters.set(timeZone, f)
  }
  return f
}

function intlOffset(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields[part.type] = Number(part.value)
  const wall = Date.UTC(fields.year ?? 0, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0)
  return wall - Math.floor(ms / SECOND) * SECOND
}

/** The first second in (lo, hi] with hi's offset, given that lo's offset differs. */
function findChange(lo: number, hi: number, timeZone: string): number {
  const target = intlOffset(hi, timeZone)
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND
    if (intlOffset(mid, timeZone) === target) hi = mid
    else lo = mid
  }
  return hi
}

function computeZoneYear(timeZone: string, year: number): ZoneYear {
  const start = Date.UTC(year, 0, 1)
  const end = Date.UTC(year + 1, 0, 1)
  const offset = intlOffset(start, timeZone)
  const lastYear = intlOffset(start - SECOND, timeZone)
  const transitions: ZoneTransition[] = lastYear === offset ? [] : [{ at: start, fromOffset: lastYear, toOffset: offset }]
  // Daily samples: no zone changes its offset twice within a day.
  let previous = offset
  for (let t = start; t < end; ) {
    const next = Math.min(t + DAY_MS, end)
    const current = intlOffset(next, timeZone)
    if (current !== previous) transitions.push({ at: findChange(t, next, timeZone), fromOffset: previous, toOffset: current })
    previous = current
    t = next
  }
  // A change exactly at the next new year is that year's.
  return { offset, transitions: transitions.filter((tr) => tr.at < end) }
}

function zoneYear(timeZone: string, year: number): ZoneYear {
  let years = zoneYears.get(timeZone)
  if (!years) zoneYears.set(timeZone, (years = new Map()))
  let info = years.get(year)
  if (!info) years.set(year, (info = computeZoneYear(timeZone, year)))
  return info
}

/** The offset changes of a zone during a (UTC) calendar year, in order. */
export function zoneTransitions(timeZone: string, year: number): ZoneTransition[] {
  return zoneYear(timeZone, year).transitions
}

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in summer: 7 200 000). */
export function utcOffset(instant: Date | number, timeZone: string): number {
  const ms = Math.floor(Number(instant) / SECOND) * SECOND
  const info = zoneYear(timeZone, new Date(ms).getUTCFullYear())
  let offset = info.offset
  for (const t of info.transitions) {
    if (t.at > ms) break
    offset = t.toOffset
  }
  return offset
}

/** Wall-clock time of an instant as floating milliseconds (its UTC fields are the local fields). */
function toWall(ms: number, timeZone: string): number {
  return ms + utcOffset(ms, timeZone)
}

/**
 * Instant of a floating wall-clock time. A time skipped by a spring-forward jump is moved on by
 * the jump (02:30 becomes 03:30); a time that occurs twice in autumn takes the first, summer one.
 */
function fromWall(wall: number, timeZone: string): number {
  const before = utcOffset(wall - DAY_MS, timeZone)
  const after = utcOffset(wall + DAY_MS, timeZone)
  if (before === after) return wall - before
  const early = wall - before
  const late = wall - after
  const earlyValid = utcOffset(early, timeZone) === before
  const lateValid = utcOffset(late, timeZone) === after
  if (earlyValid && lateValid) return Math.min(early, late)
  if (lateValid) return late
  // Valid on its own, or in the gap: read with the offset before the jump, it lands after it.
  return early
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function wallDate(wall: number): string {
  const d = new Date(wall)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

function dateToWall(date: string): number {
  const m = ISO_DATE.exec(date)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
}

/** Converts a local wall-clock time in a zone to the instant. */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const t = TIME.exec(time)
  const wall = dateToWall(date) + (t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) * SECOND : NaN)
  return new Date(Number.isNaN(wall) ? NaN : fromWall(wall, timeZone))
}

/** "YYYY-MM-DD" as given, or the local date of an ISO instant; null when unreadable. */
function localDateOf(value: string | null | undefined, timeZone: string): string | null {
  if (!value) return null
  if (ISO_DATE.test(value)) return value
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : wallDate(toWall(ms, timeZone))
}

// ---------------------------------------------------------------------------------------------
// Rules

interface RuleParts {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY'
  interval: number
  byDay: { day: Day; nth?: number }[]
  byMonthDay: number | null
  untilDate: string | null
  count: number | null
}

const dayOfWall = (wall: number): Day => DAYS[(new Date(wall).getUTCDay() + 6) % 7] as Day

const isDay = (value: unknown): value is Day => typeof value === 'string' && (DAYS as readonly string[]).includes(value)

/** The nth weekday of the month a day number is: 1..4, or -1 for the fifth. */
const nthOfDayNumber = (dayOfMonth: number) => {
  const nth = Math.ceil(dayOfMonth / 7)
  return nth > 4 ? -1 : nth
}

function ruleParts(r: Recurrence, startWall: number, timeZone: string): RuleParts | null {
  if (r.frequency !== 'daily' && r.frequency !== 'weekly' && r.frequency !== 'monthly') return null
  const parts: RuleParts = {
    freq: r.frequency === 'daily' ? 'DAILY' : r.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: Math.max(1, Math.floor(r.interval ?? 1) || 1),
    byDay: [],
    byMonthDay: null,
    untilDate: r.ends === 'until' ? localDateOf(r.until, timeZone) : null,
    count: r.ends === 'count' && r.count && r.count >= 1 ? Math.floor(r.count) : null,
  }
  if (r.frequency === 'weekly') {
    const days = (r.weekdays ?? []).filter(isDay)
    const chosen = days.length > 0 ? days : [dayOfWall(startWall)]
    parts.byDay = DAYS.filter((d) => chosen.includes(d)).map((day) => ({ day }))
  } else if (r.frequency === 'monthly' && r.monthlyMode === 'dayOfMonth') {
    parts.byMonthDay = new Date(startWall).getUTCDate()
  } else if (r.frequency === 'monthly') {
    const chosen = r.nth ?? NaN
    const nth = (NTH_VALUES as readonly number[]).includes(chosen) ? chosen : nthOfDayNumber(new Date(startWall).getUTCDate())
    parts.byDay = [{ day: isDay(r.nthWeekday) ? r.nthWeekday : dayOfWall(startWall), nth }]
  }
  return parts
}

const RRULE_DAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }

function rruleWeekday({ day, nth }: { day: Day; nth?: number }): Weekday {
  const weekday = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU][DAYS.indexOf(day)] as Weekday
  return nth ? weekday.nth(nth) : weekday
}

function rruleOptions(parts: RuleParts, startWall: number): Partial<RRuleOptions> {
  return {
    freq: RRule[parts.freq],
    interval: parts.interval,
    dtstart: new Date(startWall),
    wkst: RRule.MO,
    byweekday: parts.byDay.length > 0 ? parts.byDay.map(rruleWeekday) : null,
    bymonthday: parts.byMonthDay,
    // The whole until-day counts, in floating time like everything rrule sees here.
    until: parts.untilDate ? new Date(dateToWall(parts.untilDate) + DAY_MS - SECOND) : null,
    count: parts.count,
  }
}

// ---------------------------------------------------------------------------------------------
// Series

/** An event's timing in floating wall-clock terms, ready to expand. */
interface Series {
  startWall: number
  durationWall: number
  parts: RuleParts | null
  options: Partial<RRuleOptions>
  /** Null for a one-off event. */
  rule: InstanceType<typeof RRule> | null
  exceptions: Set<string>
}

function wallSpan(event: EventTiming, timeZone: string): { startWall: number; durationWall: number } | null {
  const start = Date.parse(event.start)
  if (Number.isNaN(start)) return null
  const parsedEnd = event.end ? Date.parse(event.end) : NaN
  const end = Number.isNaN(parsedEnd) ? start : Math.max(start, parsedEnd)
  if (event.allDay) {
    // All-day events cover whole local days: midnight of the first to midnight after the last.
    const first = dateToWall(wallDate(toWall(start, timeZone)))
    const last = dateToWall(wallDate(toWall(end, timeZone)))
    return { startWall: first, durationWall: last - first + DAY_MS }
  }
  const startWall = toWall(start, timeZone)
  return { startWall, durationWall: Math.max(0, toWall(end, timeZone) - startWall) }
}

function exceptionDates(r: Recurrence, timeZone: string): Set<string> {
  const dates = new Set<string>()
  for (const e of r.exceptions ?? []) {
    const date = localDateOf(typeof e === 'string' ? e : e?.date, timeZone)
    if (date) dates.add(date)
  }
  return dates
}

function seriesOf(event: EventTiming, timeZone: string): Series | null {
  const span = wallSpan(event, timeZone)
  if (!span) return null
  const r = event.recurrence
  const parts = r ? ruleParts(r, span.startWall, timeZone) : null
  if (!r || !parts) return { ...span, parts: null, options: {}, rule: null, exceptions: new Set() }
  // rrule works in whole seconds.
  const startWall = Math.floor(span.startWall / SECOND) * SECOND
  const options = rruleOptions(parts, startWall)
  const rule = new RRule(options, true)
  return { startWall, durationWall: span.durationWall, parts, options, rule, exceptions: exceptionDates(r, timeZone) }
}

function periodsBetween(freq: RuleParts['freq'], fromWall: number, toWall: number): number {
  if (freq === 'DAILY') return Math.floor((toWall - fromWall) / DAY_MS)
  if (freq === 'WEEKLY') return Math.floor((toWall - fromWall) / (7 * DAY_MS))
  const a = new Date(fromWall)
  const b = new Date(toWall)
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
}

function shiftWall(freq: RuleParts['freq'], wall: number, periods: number): number {
  if (freq === 'DAILY') return wall + periods * DAY_MS
  if (freq === 'WEEKLY') return wall + periods * 7 * DAY_MS
  // The 1st: the start's day number may not exist in that month; BYMONTHDAY/BYDAY pick the dates.
  const d = new Date(wall)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + periods, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds())
}

/**
 * rrule iterates from DTSTART, so each past date of an old series costs time. Without COUNT, a
 * DTSTART whole intervals later gives the same dates from there on; one spare period keeps the
 * dates of its week or month that fall before it out of the range.
 */
function ruleFrom(series: Series, wallFrom: number): InstanceType<typeof RRule> | null {
  const { parts, rule } = series
  if (!rule || !parts || parts.count) return rule
  const periods = periodsBetween(parts.freq, series.startWall, wallFrom) - 1
  const steps = Math.floor(periods / parts.interval) * parts.interval
  return steps > 0 ? new RRule({ ...series.options, dtstart: new Date(shiftWall(parts.freq, series.startWall, steps)) }, true) : rule
}

function occurrenceAt(series: Series, wall: number, timeZone: string): Occurrence {
  return { start: new Date(fromWall(wall, timeZone)), end: new Date(fromWall(wall + series.durationWall, timeZone)), date: wallDate(wall) }
}

/** Overlaps [from, to); an instant-long occurrence counts when it starts in the range. */
const overlaps = (o: Occurrence, from: number, to: number) => o.start.getTime() < to && (o.end.getTime() > from || o.start.getTime() >= from)

/**
 * Occurrences overlapping [from, to), in order, at most `limit`. All-day events cover whole local
 * days; an event without an end lasts no time but counts when it starts in the range.
 */
export function expandOccurrences(event: EventTiming, timeZone: string, from: Date, to: Date, limit = DEFAULT_LIMIT): Occurrence[] {
  const fromMs = from.getTime()
  const toMs = to.getTime()
  const out: Occurrence[] = []
  const series = limit > 0 && fromMs < toMs ? seriesOf(event, timeZone) : null
  if (!series) return out

  if (!series.rule) {
    const only = singleOccurrence(event, series, timeZone)
    return overlaps(only, fromMs, toMs) ? [only] : out
  }

  const visit = (wall: number): boolean => {
    const o = occurrenceAt(series, wall, timeZone)
    if (overlaps(o, fromMs, toMs) && !series.exceptions.has(o.date)) out.push(o)
    return out.length < limit
  }
  // A zone's offset moves by hours, never by a day: a day's margin on the wall-clock window keeps
  // every overlapping occurrence, and `visit` filters exactly.
  const wallFrom = toWall(fromMs, timeZone) - series.durationWall - DAY_MS
  const wallTo = toWall(toMs, timeZone) + DAY_MS
  ruleFrom(series, wallFrom)?.between(new Date(wallFrom), new Date(wallTo), true, (d) => visit(d.getTime()))
  return out
}

/** A one-off timed event keeps its exact instants (an end inside an autumn repeat hour stays put). */
function singleOccurrence(event: EventTiming, series: Series, timeZone: string): Occurrence {
  if (event.allDay) return occurrenceAt(series, series.startWall, timeZone)
  const start = new Date(event.start)
  const end = event.end ? Date.parse(event.end) : NaN
  return { start, end: new Date(Number.isNaN(end) ? start.getTime() : Math.max(start.getTime(), end)), date: wallDate(series.startWall) }
}

/** The first date of a series, exceptions included: the DTSTART of a calendar feed. */
export function firstOccurrence(event: EventTiming, timeZone: string): Occurrence | null {
  const series = seriesOf(event, timeZone)
  if (!series) return null
  if (!series.rule) return singleOccurrence(event, series, timeZone)
  const first = series.rule.after(new Date(series.startWall), true)
  return first ? occurrenceAt(series, first.getTime(), timeZone) : null
}

// Far enough for any "next dates" list; open-ended rules stop at `n` long before.
const NEXT_HORIZON_MS = 200 * 365 * DAY_MS

/** The next n occurrences that have not ended at `after` (running ones included). */
export function nextOccurrences(event: EventTiming, timeZone: string, after: Date, n: number): Occurrence[] {
  return expandOccurrences(event, timeZone, after, new Date(after.getTime() + NEXT_HORIZON_MS), n)
}

/**
 * Start instants of the occurrences that the exceptions remove (EXDATE values): the start's
 * local time on each skipped date, midnight for all-day events.
 */
export function exceptionStarts(event: EventTiming, timeZone: string): Date[] {
  const series = event.recurrence ? seriesOf(event, timeZone) : null
  if (!series) return []
  const timeOfDay = series.startWall - dateToWall(wallDate(series.startWall))
  return [...series.exceptions].sort().map((date) => new Date(fromWall(dateToWall(date) + timeOfDay, timeZone)))
}

const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/**
 * RFC 5545 RRULE value (without "RRULE:"), null for a one-off event. UNTIL is the UTC instant at
 * the end of the local until-day, or a DATE for all-day events (RFC 5545 wants it to match DTSTART).
 */
export function toRRule(event: EventTiming, timeZone: string): string | null {
  const span = wallSpan(event, timeZone)
  const parts = span && event.recurrence ? ruleParts(event.recurrence, span.startWall, timeZone) : null
  if (!parts) return null
  const rule = [`FREQ=${parts.freq}`]
  if (parts.interval > 1) rule.push(`INTERVAL=${parts.interval}`)
  // Clients disagree on the default week start, which decides "every other week" with several days.
  if (parts.freq === 'WEEKLY' && parts.interval > 1) rule.push('WKST=MO')
  if (parts.byDay.length > 0) rule.push(`BYDAY=${parts.byDay.map((d) => `${d.nth ?? ''}${RRULE_DAY[d.day]}`).join(',')}`)
  if (parts.byMonthDay) rule.push(`BYMONTHDAY=${parts.byMonthDay}`)
  if (parts.untilDate) {
    const nextMidnight = dateToWall(addDays(parts.untilDate, 1))
    rule.push(`UNTIL=${event.allDay ? parts.untilDate.replace(/-/g, '') : utcStamp(fromWall(nextMidnight, timeZone) - SECOND)}`)
  }
  if (parts.count) rule.push(`COUNT=${parts.count}`)
  return rule.join(';')
}

// ---------------------------------------------------------------------------------------------
// Validation

const isWholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max

/** UTC date of an instant; validation has no zone, and a few hours' difference is tolerated. */
const roughDate = (value: string) => (ISO_DATE.test(value) ? value : new Date(value).toISOString().slice(0, 10))

function validateRecurrence(r: Recurrence, start: string): true | string {
  if (!(FREQUENCIES as readonly string[]).includes(r.frequency)) return `Unknown repeat frequency "${String(r.frequency)}".`
  if (r.frequency === 'none') return true
  if (r.interval !== null && r.interval !== undefined && !isWholeIn(r.interval, 1, 99)) return 'The interval must be a whole number from 1 to 99.'
  if (r.frequency === 'weekly' && !(r.weekdays ?? []).every(isDay)) return 'Weekdays must be chosen from Monday to Sunday.'
  if (r.frequency === 'monthly' && r.monthlyMode !== 'dayOfMonth') {
    if (r.nth !== null && r.nth !== undefined && !(NTH_VALUES as readonly number[]).includes(r.nth)) return 'The nth weekday must be the 1st to 4th or the last (-1).'
    if (r.nthWeekday && !isDay(r.nthWeekday)) return 'The weekday for the nth weekday must be Monday to Sunday.'
  }
  if (r.ends === 'count' && !isWholeIn(r.count ?? NaN, 1, 500)) return 'The count (number of dates) must be a whole number from 1 to 500.'
  if (r.ends === 'until') {
    if (!r.until) return 'Choose the until date, the last date of the series.'
    if (Number.isNaN(Date.parse(r.until))) return 'The until date is not a valid date.'
    if (roughDate(r.until) < roughDate(start)) return 'The until date must not be before the start.'
  }
  return true
}

/** An English message for the CMS, or true. */
export function validateTiming(event: EventTiming): true | string {
  const start = Date.parse(event.start)
  if (Number.isNaN(start)) return 'The start is not a valid date.'
  if (event.end) {
    const end = Date.parse(event.end)
    if (Number.isNaN(end)) return 'The end is not a valid date.'
    const before = event.allDay ? roughDate(event.end) < roughDate(event.start) : end < start
    if (before) return 'The end must not be before the start.'
  }
  return event.recurrence ? validateRecurrence(event.recurrence, event.start) : true
}
