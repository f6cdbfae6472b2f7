import type { Day } from './openingHours'
import { type EventTiming, expandOccurrences, type Frequency, type Recurrence } from './recurrence'

/** The timing fields of an event document as Payload stores them (select values are strings). */
export interface StoredTiming {
  start?: string | null
  end?: string | null
  allDay?: boolean | null
  recurrence?: {
    frequency?: string | null
    interval?: number | null
    weekdays?: string[] | null
    monthlyMode?: string | null
    nth?: string | number | null
    nthWeekday?: string | null
    ends?: string | null
    until?: string | null
    count?: number | null
    exceptions?: { date?: string | null }[] | null
  } | null
}

/** Reads an event document's timing for `shared/recurrence.ts`; null without a start. */
export function timingOf(doc: StoredTiming): EventTiming | null {
  if (!doc.start) return null
  const r = doc.recurrence
  const recurrence: Recurrence | null =
    r && r.frequency && r.frequency !== 'none'
      ? {
          frequency: r.frequency as Frequency,
          interval: r.interval ?? 1,
          weekdays: (r.weekdays ?? null) as Day[] | null,
          monthlyMode: r.monthlyMode === 'dayOfMonth' ? 'dayOfMonth' : 'nthWeekday',
          nth: r.nth === null || r.nth === undefined || r.nth === '' ? null : Number(r.nth),
          nthWeekday: (r.nthWeekday ?? null) as Day | null,
          ends: (r.ends ?? 'never') as Recurrence['ends'],
          until: r.until ?? null,
          count: r.count ?? null,
          exceptions: (r.exceptions ?? []).filter((e) => e.date).map((e) => ({ date: e.date })),
        }
      : null
  return { start: doc.start, end: doc.end ?? null, allDay: doc.allDay ?? false, recurrence }
}

// A count-limited series is expanded up to this far ahead to find its last date.
const HORIZON_YEARS = 50
const DAY_MS = 86_400_000

/**
 * The end of an event's last date padded by a day (time zones move it by hours at most), or
 * null for a series without end: stored so the portal can ask the database for the events
 * of a date range without expanding every series, then filter exactly after expanding.
 */
export function seriesLastEnd(timing: EventTiming): string | null {
  const r = timing.recurrence
  if (r && r.ends !== 'until' && r.ends !== 'count') return null
  const duration = timing.end ? Math.max(0, Date.parse(timing.end) - Date.parse(timing.start)) : 0
  let last: Date
  if (!r) last = new Date(timing.end ?? timing.start)
  else if (r.ends === 'until' && r.until) last = new Date(Date.parse(r.until) + duration + DAY_MS)
  else {
    const horizon = new Date(timing.start)
    horizon.setUTCFullYear(horizon.getUTCFullYear() + HORIZON_YEARS)
    last = expandOccurrences(timing, 'UTC', new Date(timing.start), horizon, r.count ?? 500).at(-1)?.end ?? new Date(timing.start)
  }
  return new Date(last.getTime() + DAY_MS).toISOString()
}
