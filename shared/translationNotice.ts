import { fallbackChain, type Locale } from './locales'
import type { TranslationState } from './translationState'

/**
 * What a reader is told about one document in their language: nothing (it is there, or the
 * page is in its source language), that it is an unreviewed machine translation, or that it is
 * not translated yet and which language it is shown in instead.
 */
export type TranslationNotice = { kind: 'machine' } | { kind: 'missing'; shown: Locale } | null

/**
 * `states`: the document's translation state per language (only the town's languages have one).
 * The language shown instead is the first of the reader's fallback chain that has a text, as the
 * portal picks it field by field.
 */
export function translationNotice(reader: Locale, source: Locale, states: Partial<Record<string, TranslationState>>): TranslationNotice {
  if (reader === source) return null
  const own = states[reader]
  if (own === 'machine') return { kind: 'machine' }
  if (own !== 'missing') return null
  const shown = fallbackChain(reader, source)
    .slice(1)
    .find((l) => states[l] !== undefined && states[l] !== 'missing')
  return { kind: 'missing', shown: shown ?? source }
}
