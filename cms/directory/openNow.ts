import { localTimeAt, type WeekClock, weekClock, type WeeklyHours, type WeeklyState, weeklyState } from '@shared/openIntervals'
import { localTime } from '@shared/openingHours'
import { zonedTimeToInstant } from '@shared/recurrence'
import type { TownIndex } from './townIndex'

const UNSEEN = 0
const OPEN = 1
const CLOSED = 2
const UNKNOWN = 3

interface Evaluated {
  state: number
  /** When the state changes: minutes after today's local midnight; Infinity: never. */
  change: number
}

const NOT_KNOWN: Evaluated = { state: UNKNOWN, change: Infinity }

function evaluate(weekly: WeeklyHours | null, clock: WeekClock): Evaluated {
  const state: WeeklyState | null = weekly ? weeklyState(weekly, clock) : null
  if (!state) return NOT_KNOWN
  return state.open ? { state: OPEN, change: state.closesAt } : { state: CLOSED, change: state.opensAt ?? Infinity }
}

interface PlaceStates {
  /** Index version, slot count, time zone and local minute: what the states hold for. */
  key: string
  state: Uint8Array
  change: Float64Array
}

/**
 * The places' states of the last minute asked, per index: every "open now" search in the same
 * minute shares them (they are filled as places are asked about), until a place changes.
 */
const placeStates = new WeakMap<TownIndex, PlaceStates>()

/**
 * "Open now" over the index for one search: each place's compiled hours are evaluated at most
 * once per minute (a place offers many services), into arrays by slot; a service is open when
 * any of its places is (the same rule as `combinedOpenState`), and the earliest moment one of
 * the services asked about opens or closes is remembered: the results are good until then.
 */
export class OpenNow {
  readonly #index: TownIndex
  readonly #clock: WeekClock
  readonly #timeZone: string
  /** Per slot: UNSEEN or its state, and when that changes. */
  readonly #state: Uint8Array
  readonly #change: Float64Array
  #nextChange = Infinity

  constructor(index: TownIndex, now: Date, timeZone: string) {
    const local = localTime(now, timeZone)
    this.#index = index
    this.#clock = weekClock(local)
    this.#timeZone = timeZone
    const key = `${index.placesVersion}|${index.placeSlotCount}|${timeZone}|${local.date} ${local.time}`
    let states = placeStates.get(index)
    if (states?.key !== key) placeStates.set(index, (states = { key, state: new Uint8Array(index.placeSlotCount), change: new Float64Array(index.placeSlotCount) }))
    this.#state = states.state
    this.#change = states.change
  }

  /** Whether the service in a slot is open. */
  isOpen(slot: number): boolean {
    // Most services: one place, whose hours they keep; answered from arrays alone.
    const simple = this.#index.simplePlaceOf(slot)
    if (simple >= 0) {
      const state = this.#placeState(simple)
      if (state !== UNKNOWN) this.#nextChange = Math.min(this.#nextChange, this.#change[simple] as number)
      return state === OPEN
    }
    const { places, ownHours } = this.#index.listedAt(slot)
    let opensAt = Infinity
    for (let i = 0; i < places.length; i++) {
      const place = places[i] as number
      const own = ownHours?.[i]
      // The service's own hours at this place, where it has them, else the place's.
      const { state, change } = own === undefined ? { state: this.#placeState(place), change: this.#change[place] as number } : this.#index.placeAt(place) ? evaluate(own, this.#clock) : NOT_KNOWN
      if (state === OPEN) {
        this.#nextChange = Math.min(this.#nextChange, change)
        return true
      }
      if (state === CLOSED) opensAt = Math.min(opensAt, change)
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

  #placeState(slot: number): number {
    if (this.#state[slot] === UNSEEN) {
      const { state, change } = evaluate(this.#index.placeAt(slot)?.weekly ?? null, this.#clock)
      this.#state[slot] = state
      this.#change[slot] = change
    }
    return this.#state[slot] as number
  }
}
