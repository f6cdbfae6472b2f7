import { localTimeAt, type WeekClock, weekClock, type WeeklyHours, type WeeklyState, weeklyState } from '@shared/openIntervals'
import { localTime } from '@shared/openingHours'
import { zonedTimeToInstant } from '@shared/recurrence'
import type { IndexedLocation, IndexedService } from './indexEntries'

/**
 * "Open now" over the index for one search: each place's compiled hours are evaluated at most
 * once (a place offers many services), a service is open when any of its places is (the same
 * rule as `combinedOpenState`), and the earliest moment one of the services asked about opens
 * or closes is remembered: the results are good until then.
 */
export class OpenNow {
  readonly #clock: WeekClock
  readonly #timeZone: string
  readonly #byLocation = new Map<IndexedLocation, WeeklyState | null>()
  /** Minutes after today's local midnight; Infinity: no change known. */
  #nextChange = Infinity

  constructor(now: Date, timeZone: string) {
    this.#clock = weekClock(localTime(now, timeZone))
    this.#timeZone = timeZone
  }

  /** Whether the service is open; `locations` are the town's places. */
  isOpen(service: IndexedService, locations: ReadonlyMap<string, IndexedLocation>): boolean {
    let opensAt = Infinity
    for (const row of service.locations) {
      const place = locations.get(row.id)
      if (!place) continue
      // The service's own hours at this place, where it has them, else the place's.
      const state = row.hours ? this.#state(row.weekly) : this.#placeState(place)
      if (!state) continue
      if (state.open) {
        this.#nextChange = Math.min(this.#nextChange, state.closesAt)
        return true
      }
      if (state.opensAt !== null) opensAt = Math.min(opensAt, state.opensAt)
    }
    this.#nextChange = Math.min(this.#nextChange, opensAt)
    return false
  }

  /** When the first of the services asked about opens or closes; null if none ever does. */
  changesAt(): Date | null {
    if (this.#nextChange === Infinity) return null
    const at = localTimeAt(this.#clock, this.#nextChange)
    return zonedTimeToInstant(at.date, at.time, this.#timeZone)
  }

  #placeState(place: IndexedLocation): WeeklyState | null {
    let state = this.#byLocation.get(place)
    if (state === undefined) this.#byLocation.set(place, (state = this.#state(place.weekly)))
    return state
  }

  #state(weekly: WeeklyHours | null): WeeklyState | null {
    return weekly ? weeklyState(weekly, this.#clock) : null
  }
}
