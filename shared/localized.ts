import { fallbackChain, type Locale } from './locales'

/** A text together with the language it is really in, so it can carry its own `lang`/`dir`. */
export interface LocalizedValue<T> {
  value: T
  locale: Locale
  /** True when the text is not in the language the reader asked for. */
  isFallback: boolean
}

function isPresent(v: unknown): boolean {
  if (v === null || v === undefined) return false
  if (typeof v === 'string') return v.trim().length > 0
  return true
}

/**
 * Picks the best text from a field read with `locale: 'all'` (an object keyed by locale).
 * Returns null when no language in the chain has the text.
 */
export function pickLocalized<T>(
  values: Partial<Record<string, T | null | undefined>> | null | undefined,
  reader: Locale,
  townDefault?: Locale,
): LocalizedValue<T> | null {
  if (!values || typeof values !== 'object') return null
  for (const locale of fallbackChain(reader, townDefault)) {
    const v = values[locale]
    if (isPresent(v)) return { value: v as T, locale, isFallback: locale !== reader }
  }
  return null
}
