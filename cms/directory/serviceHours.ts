import type { Hours } from '@shared/openingHours'
import type { Location } from '@cms/payload-types'

/** A location's hours as stored by the openingHours field group (a service's own hours at a place have the same fields). */
export type StoredHours = NonNullable<Location['hours']>

/** From the stored field group to the shape `shared/openingHours` computes with. */
export function toHours(stored: StoredHours | null | undefined): Hours | null {
  if (!stored) return null
  return {
    slots: (stored.slots ?? []).map((s) => ({ day: s.day, opens: s.opens, closes: s.closes })),
    closedDates: (stored.closedDates ?? []).map((d) => d.date),
    closure: stored.closure?.from && stored.closure?.to ? { from: stored.closure.from, to: stored.closure.to } : null,
  }
}
