import type { TranslationState } from './translationState'

/**
 * "Needs native review": a translation that no reader of the language has checked yet. It is a
 * flag beside the translation state, not a sixth state: the state says whether a translation
 * still matches its source (current, outdated, machine …), the flag whether someone who reads
 * the language vouched for it, and a text can be current and unchecked at once. Both live on
 * the same record (one per document and language), so the work list filters by either and an
 * editor clears the flag where the state is shown.
 *
 * The demo's Tigrinya, Somali and Pashto texts were written without a native speaker at hand,
 * so every one of them starts flagged; a town flags any other text the same way.
 */
export const NATIVE_REVIEW_LOCALES: readonly string[] = ['ti', 'so', 'ps']

/** Whether the demo seed flags a language's record: a text in one of those languages. */
export function seededNeedsNativeReview(locale: string, state: TranslationState): boolean {
  return NATIVE_REVIEW_LOCALES.includes(locale) && state !== 'missing' && state !== 'source'
}
