/**
 * Opening hours: weekly slots in a town's time zone, closed days and temporary closures.
 * "Open now" and "opens at" are computed for a given instant, so the logic is testable
 * across midnight and daylight-saving changes.
 */

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Day = (typeof DAYS)[number]

export interface Slot {
  day: Day
  /** "HH:MM", 24-hour local time. */
  opens: string
  /** "HH:MM"; a time at or before `opens` means the slot runs past midnight. */
  closes: string
}

export interface Hours {
  slots: Slot[]
  /** Local dates ("YYYY-MM-DD") on which it is closed, e.g. public holidays. */
  closedDates?: string[]
  /** A closure period (local dates, inclusive). */
  closure?: { from: string; to: string } | null
}

export type OpenState =
  | { state: 'open'; closesAt: LocalTime }
  | { state: 'closed'; opensAt: LocalTime | null }
  | { state: 'unknown' }

export interface LocalTime {
  /** "YYYY-MM-DD" in the town's time zone. */
  date: string
  day: Day
  /** "HH:MM" */
  time: string
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function isValidTime(value: string): boolean {
  return TIME.test(value)
}

export function minutesOf(time: string): number {
  const m = TIME.exec(time)
  if (!m) return NaN
  return Number(m[1]) * 60 + Number(m[2])
}

const pad = (n: number) => String(n).padStart(2, '0')

// Building a DateTimeFormat costs far more than using one; a directory search asks thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The last answer per time zone, for its minute: a page asks the clock for each card, and the answer changes once a minute. */
const lastLocalTime = new Map<string, { minute: number; value: LocalTime }>()
const MINUTE_MS = 60_000

/** The local date, weekday and time of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  // Time zones move by whole minutes (since 1972 everywhere), so one minute's instants share their local minute.
  const minute = Math.floor(instant.getTime() / MINUTE_MS)
  const last = lastLocalTime.get(timeZone)
  if (last?.minute === minute) return last.value
  const parts = formatterFor(timeZone).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const day = get('weekday').toLowerCase().slice(0, 3) as Day
  const value: LocalTime = Object.freeze({ date: `${get('year')}-${get('month')}-${get('day')}`, day, time: `${get('hour')}:${get('minute')}` })
  if (!Number.isNaN(minute)) lastLocalTime.set(timeZone, { minute, value })
  return value
}

// Date arithmetic on the same few dates repeats for every entry of a search: remember it.
const memo = new Map<string, string>()
function remember(key: string, compute: () => string): string {
  let value = memo.get(key)
  if (value === undefined) {
    if (memo.size > 5000) memo.clear()
    memo.set(key, (value = compute()))
  }
  return value
}

/** Adds days to a local date ("YYYY-MM-DD"), independent of time zones. */
export function addDays(date: string, days: number): string {
  return remember(`${date}+${days}`, () => {
    const d = new Date(`${date}T12:00:00Z`)
    d.setUTCDate(d.getUTCDate() + days)
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  })
}

function dayOf(date: string): Day {
  return remember(`day:${date}`, () => DAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7] as Day) as Day
}

function isClosedOn(date: string, hours: Hours): boolean {
  if (hours.closedDates?.includes(date)) return true
  const c = hours.closure
  return Boolean(c && c.from <= date && date <= c.to)
}

const crossesMidnight = (slot: Slot) => minutesOf(slot.closes) <= minutesOf(slot.opens)

/**
 * Open or closed at `instant`, and when it closes or next opens (looking a fortnight ahead).
 * A slot running past midnight belongs to the day it starts on.
 */
export function openState(hours: Hours | null | undefined, instant: Date, timeZone: string, now = localTime(instant, timeZone)): OpenState {
  const slots = (hours?.slots ?? []).filter((s) => isValidTime(s.opens) && isValidTime(s.closes))
  if (!hours || slots.length === 0) return { state: 'unknown' }
  const nowMinutes = minutesOf(now.time)
  const yesterday = addDays(now.date, -1)

  for (const slot of slots) {
    const opens = minutesOf(slot.opens)
    const closes = minutesOf(slot.closes)
    if (slot.day === now.day && !isClosedOn(now.date, hours)) {
      if (!crossesMidnight(slot) && nowMinutes >= opens && nowMinutes < closes) {
        return { state: 'open', closesAt: { date: now.date, day: now.day, time: slot.closes } }
      }
      if (crossesMidnight(slot) && nowMinutes >= opens) {
        const next = addDays(now.date, 1)
        return { state: 'open', closesAt: { date: next, day: dayOf(next), time: slot.closes } }
      }
    }
    if (slot.day === dayOf(yesterday) && crossesMidnight(slot) && !isClosedOn(yesterday, hours) && nowMinutes < closes) {
      return { state: 'open', closesAt: { date: now.date, day: now.day, time: slot.closes } }
    }
  }

  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(now.date, offset)
    if (isClosedOn(date, hours)) continue
    const day = dayOf(date)
    const upcoming = slots
      .filter((s) => s.day === day && (offset > 0 || minutesOf(s.opens) > nowMinutes))
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0]
    if (upcoming) return { state: 'closed', opensAt: { date, day, time: upcoming.opens } }
  }
  return { state: 'closed', opensAt: null }
}

/** Slots grouped by weekday in week order, for a readable table. */
export function weekTable(slots: Slot[]): { day: Day; slots: Slot[] }[] {
  return DAYS.map((day) => ({
    day,
    slots: slots.filter((s) => s.day === day).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens)),
  }))
}
