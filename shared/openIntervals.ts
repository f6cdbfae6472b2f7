/**
 * Opening hours compiled once into weekly intervals, so that "open now" over thousands of
 * places is a few comparisons each instead of re-reading every slot string per search.
 *
 * Times are wall-clock minutes from Monday 00:00 in the town's time zone: "now" is turned into
 * the same (local date, weekday, minute) once per search, so daylight-saving changes need no
 * special case. Answers are exactly those of `openState` (shared/openingHours.ts), which the
 * unit tests check instant by instant; moments are given as minutes after the local midnight
 * that starts "today" (so they order like `openState`'s "date time" strings).
 */
import { addDays, DAYS, type Day, type Hours, isValidTime, type LocalTime, minutesOf } from './openingHours'

const DAY = 1440
const WEEK = 7 * DAY
/** How far `openState` looks for the next opening. */
const LOOKAHEAD_DAYS = 14

export interface WeeklyHours {
  /** One per valid slot, in slot order (the first open one gives the closing time): [start, end) in week minutes. */
  intervals: { start: number; end: number }[]
  /** Per weekday (Monday first), the opening minutes of its slots, earliest first. */
  opensByDay: number[][]
  closedDates: ReadonlySet<string>
  closure: { from: string; to: string } | null
}

/** "Now" as the compiled hours read it: computed once per search. */
export interface WeekClock {
  date: string
  yesterday: string
  /** 0 = Monday. */
  dayIndex: number
  minute: number
}

export type WeeklyState =
  /** `closesAt`: minutes after today's local midnight. */
  | { open: true; closesAt: number }
  /** `opensAt`: minutes after today's local midnight; null when it does not open within a fortnight. */
  | { open: false; opensAt: number | null }

/** The weekly form of a place's hours; null where `openState` would say "unknown". */
export function compileHours(hours: Hours | null | undefined): WeeklyHours | null {
  const slots = (hours?.slots ?? []).filter((s) => isValidTime(s.opens) && isValidTime(s.closes))
  if (!hours || slots.length === 0) return null
  const opensByDay: number[][] = DAYS.map(() => [])
  const intervals = slots.map((slot) => {
    const day = DAYS.indexOf(slot.day)
    const opens = minutesOf(slot.opens)
    const closes = minutesOf(slot.closes)
    opensByDay[day]?.push(opens)
    const start = day * DAY + opens
    // A closing time at or before the opening runs past midnight (a full day when equal).
    return { start, end: start + (closes > opens ? closes - opens : closes - opens + DAY) }
  })
  for (const list of opensByDay) list.sort((a, b) => a - b)
  return { intervals, opensByDay, closedDates: new Set(hours.closedDates ?? []), closure: hours.closure ?? null }
}

export function weekClock(now: LocalTime): WeekClock {
  return { date: now.date, yesterday: addDays(now.date, -1), dayIndex: DAYS.indexOf(now.day), minute: minutesOf(now.time) }
}

function isClosedOn(date: string, hours: WeeklyHours): boolean {
  if (hours.closedDates.has(date)) return true
  const c = hours.closure
  return c !== null && c.from <= date && date <= c.to
}

/** Open or closed at `clock`, and when that changes; the same answer as `openState`. */
export function weeklyState(hours: WeeklyHours, clock: WeekClock): WeeklyState {
  const todayStart = clock.dayIndex * DAY
  const now = todayStart + clock.minute
  for (const { start, end } of hours.intervals) {
    // A Sunday-night slot reaches into Monday: seen from Monday, "now" is a week later.
    const at = start <= now && now < end ? now : start <= now + WEEK && now + WEEK < end ? now + WEEK : -1
    if (at < 0) continue
    const midnight = at - clock.minute
    // A slot counts on the day it starts; it is off when that day is closed.
    if (isClosedOn(start >= midnight ? clock.date : clock.yesterday, hours)) continue
    return { open: true, closesAt: end - midnight }
  }
  return { open: false, opensAt: nextOpening(hours, clock) }
}

function nextOpening(hours: WeeklyHours, clock: WeekClock): number | null {
  const plain = hours.closedDates.size === 0 && hours.closure === null
  // Without closed days the week repeats: a week and a day reach every weekday's first slot.
  const last = plain ? 7 : LOOKAHEAD_DAYS
  for (let offset = 0; offset <= last; offset++) {
    if (!plain && isClosedOn(addDays(clock.date, offset), hours)) continue
    const opens = hours.opensByDay[(clock.dayIndex + offset) % 7] ?? []
    const first = offset > 0 ? opens[0] : opens.find((m) => m > clock.minute)
    if (first !== undefined) return offset * DAY + first
  }
  return null
}

/** A moment given in minutes after today's local midnight, as `openState` writes it. */
export function localTimeAt(clock: WeekClock, minutes: number): LocalTime {
  const days = Math.floor(minutes / DAY)
  const rest = minutes - days * DAY
  const pad = (n: number) => String(n).padStart(2, '0')
  return { date: addDays(clock.date, days), day: DAYS[(clock.dayIndex + days) % 7] as Day, time: `${pad(Math.floor(rest / 60))}:${pad(rest % 60)}` }
}
