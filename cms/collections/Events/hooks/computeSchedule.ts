import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { seriesLastEnd, timingOf, type StoredTiming } from '@shared/eventTiming'
import { validateTiming } from '@shared/recurrence'

/**
 * Checks the timing as a whole (field validators see one field at a time) and stores
 * `lastEnd`, so the portal can query a date range without expanding every series.
 */
export const computeSchedule: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  // The stored event with this save's changes.
  const stored: StoredTiming = { ...originalDoc, ...data }
  const timing = timingOf(stored)
  if (!timing) return data
  const verdict = validateTiming(timing)
  if (verdict !== true) {
    const path = /until|count|interval|weekday|nth/i.test(verdict) ? 'recurrence' : 'end'
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message: verdict }] }, req.t)
  }
  data.lastEnd = seriesLastEnd(timing)
  return data
}
