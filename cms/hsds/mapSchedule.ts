import { hsdsPartId } from '@shared/hsdsIds'
import { addDays, DAYS, type Day, isValidTime, minutesOf } from '@shared/openingHours'
import type { HoursSource } from './source'
import type { HsdsSchedule } from './types'

const BYDAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }

export interface Period {
  /** First day (YYYY-MM-DD, local), or null for "since always". */
  from: string | null
  /** Last day (inclusive), or null for "until further notice". */
  to: string | null
}

const later = (a: string | null, b: string): string => (a && a > b ? a : b)
const earlier = (a: string | null, b: string): string => (a && a < b ? a : b)

/**
 * The periods in which the weekly hours apply: the given validity, minus a temporary
 * closure (HSDS has no "closed" schedule, but a schedule's validity can stop before the
 * closure and start again after it), without periods that ended before `today`.
 */
export function validityPeriods(validity: Period, closure: HoursSource['closure'], today: string): Period[] {
  let periods: Period[] = [validity]
  if (closure?.from && closure.to && closure.from <= closure.to) {
    periods = [
      { from: validity.from, to: earlier(validity.to, addDays(closure.from, -1)) },
      { from: later(validity.from, addDays(closure.to, 1)), to: validity.to },
    ]
  }
  return periods.filter((p) => (!p.from || !p.to || p.from <= p.to) && (!p.to || p.to >= today))
}

export interface WeeklyGroup {
  /** RFC 5545 BYDAY, e.g. "MO,TU,WE". */
  byday: string
  opens: string
  closes: string
}

/**
 * Slots with the same times on several days become one weekly rule ("MO,TU,WE 09:00–17:00"),
 * in week order; invalid slots are dropped. A closing time at or before the opening time
 * runs past midnight, as in our model and in RFC 5545 (the event ends the next day).
 */
export function weeklyGroups(slots: HoursSource['slots']): WeeklyGroup[] {
  const groups = new Map<string, { opens: string; closes: string; days: Set<Day> }>()
  for (const slot of slots ?? []) {
    const day = DAYS.find((d) => d === slot.day)
    if (!isValidTime(slot.opens) || !isValidTime(slot.closes) || !day) continue
    const key = `${slot.opens}-${slot.closes}`
    const group = groups.get(key) ?? { opens: slot.opens, closes: slot.closes, days: new Set<Day>() }
    group.days.add(day)
    groups.set(key, group)
  }
  return [...groups.values()]
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens) || minutesOf(a.closes) - minutesOf(b.closes))
    .map((g) => ({ byday: DAYS.filter((d) => g.days.has(d)).map((d) => BYDAY[d]).join(','), opens: g.opens, closes: g.closes }))
}

export interface ScheduleOptions {
  /** The HSDS id of what the hours belong to (a location or a service at a location): the schedules' ids derive from it. */
  owner: string
  links: Pick<HsdsSchedule, 'service_id' | 'location_id' | 'service_at_location_id'>
  /** When the hours apply at all, e.g. the service's validity (local dates). */
  validity?: Period
  /** Today in the town's time zone (YYYY-MM-DD). */
  today: string
  /** Where to book an appointment. */
  scheduleLink?: string
}

/**
 * Our opening hours as HSDS schedules: one weekly RRULE per group of equal times and per
 * validity period. Times are the town's local wall-clock time ("09:00") without a UTC
 * offset: HSDS only knows fixed offsets, which would be wrong for half of the year in a
 * zone with daylight saving. Single closed days (holidays) have no HSDS equivalent and are
 * not exported.
 */
export function mapSchedules(hours: HoursSource | null | undefined, o: ScheduleOptions): HsdsSchedule[] {
  const groups = weeklyGroups(hours?.slots)
  if (!groups.length) return []
  const periods = validityPeriods(o.validity ?? { from: null, to: null }, hours?.closure, o.today)
  const closure = hours?.closure
  const closureNote =
    closure?.from && closure.to && closure.to >= o.today ? `${closure.from} – ${closure.to}${closure.reason ? `: ${closure.reason}` : ''}` : undefined
  return periods.flatMap((period) =>
    groups.map((g) => ({
      id: hsdsPartId('schedule', o.owner, period.from ?? '', period.to ?? '', g.byday, g.opens, g.closes),
      ...o.links,
      ...(period.from ? { valid_from: period.from } : {}),
      ...(period.to ? { valid_to: period.to } : {}),
      freq: 'WEEKLY' as const,
      wkst: 'MO' as const,
      byday: g.byday,
      opens_at: g.opens,
      closes_at: g.closes,
      ...(o.scheduleLink ? { schedule_link: o.scheduleLink } : {}),
      ...(closureNote ? { notes: closureNote } : {}),
    })),
  )
}
