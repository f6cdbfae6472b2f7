import type { Hours } from '@shared/openingHours'

/** A location's hours as stored by the openingHours field group. */
export interface StoredHours {
  slots?: { day: string; opens: string; closes: string }[] | null
  closedDates?: { date: string }[] | null
  closure?: { from?: string | null; to?: string | null } | null
  appointmentOnly?: boolean | null
}

/** From the stored field group to the shape `shared/openingHours` computes with. */
export function toHours(stored: StoredHours | null | undefined): Hours | null {
  if (!stored) return null
  return {
    slots: (stored.slots ?? []).map((s) => ({ day: s.day as Hours['slots'][number]['day'], opens: s.opens, closes: s.closes })),
    closedDates: (stored.closedDates ?? []).map((d) => d.date),
    closure: stored.closure?.from && stored.closure?.to ? { from: stored.closure.from, to: stored.closure.to } : null,
  }
}
