import { addDays, localTime, type OpenState } from './openingHours'
import { zonedTimeToInstant } from './recurrence'

/** The next midnight in a town's time zone: when "today" on its pages becomes another day. */
export function nextLocalMidnight(timeZone: string, now = new Date()): Date {
  return zonedTimeToInstant(addDays(localTime(now, timeZone).date, 1), '00:00', timeZone)
}

/** When an "open now / opens at" state stops being true (null: it never changes by itself). */
export function openStateChangesAt(state: OpenState, timeZone: string): Date | null {
  const at = state.state === 'open' ? state.closesAt : state.state === 'closed' ? state.opensAt : null
  return at ? zonedTimeToInstant(at.date, at.time, timeZone) : null
}
