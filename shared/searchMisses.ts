import { DEFAULT_RETENTION, monthsBefore } from './retention'
import { normalizeForSearch } from './search'

/** Longer queries are not kept (a pasted sentence, an address). */
export const MAX_MISS_LENGTH = 40

/**
 * The form a search that found nothing is counted under, or null when it must not be kept:
 * with a digit (a phone number, a case number, a date of birth), an "@" (an e-mail address), or
 * longer than 40 characters. Staff see these terms; a newcomer may type anything.
 */
export function missTerm(query: string | null | undefined): string | null {
  const term = normalizeForSearch(query ?? '')
  if (!term || term.length > MAX_MISS_LENGTH || /[\p{N}@＠]/u.test(term) || /[\p{N}@＠]/u.test(query ?? '')) return null
  return term
}

/** The day a miss is counted on (UTC), as stored: YYYY-MM-DD. */
export const missDay = (at: Date): string => at.toISOString().slice(0, 10)

/** The first day still kept: rows are kept `months` (13 by default, shared/retention.ts), then deleted by the retention job. */
export function missRetentionStart(now: Date, months = DEFAULT_RETENTION.searchTermsMonths): string {
  return missDay(monthsBefore(now, months))
}
