import { fallbackChain, isLocale, type Locale } from './locales'

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
 * A localized field read with `locale: 'all'`: an object keyed by language. The generated
 * document types give such a field its one-language type (Payload types `find` alike for
 * every locale), so readers take `T | AllLocales<T>` and look at the value itself.
 */
export type AllLocales<T> = Partial<Record<Locale, T | null>>

type FieldValue<T> = T | AllLocales<T> | Partial<Record<string, T | null | undefined>> | null | undefined

function isLocaleRecord<T>(value: FieldValue<T>): value is AllLocales<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every(isLocale)
}

/**
 * The values by language of a field read with `locale: 'all'` (empty when it is anything
 * else). `T` is the field's generated (one-language) type.
 */
export function byLocale<T>(value: T | NoInfer<AllLocales<T>> | null | undefined): AllLocales<T> {
  return isLocaleRecord<T>(value) ? value : {}
}

/**
 * Picks the best text from a field read with `locale: 'all'` (an object keyed by locale).
 * Returns null when no language in the chain has the text. Takes the field as the generated
 * types describe it (a string for a localized text field) or as a record by language.
 */
export function pickLocalized(value: string | null | undefined, reader: Locale, townDefault?: Locale): LocalizedValue<string> | null
export function pickLocalized<T>(value: Partial<Record<string, T | null | undefined>> | null | undefined, reader: Locale, townDefault?: Locale): LocalizedValue<T> | null
export function pickLocalized<T>(value: T | null | undefined, reader: Locale, townDefault?: Locale): LocalizedValue<T> | null
export function pickLocalized<T>(value: FieldValue<T>, reader: Locale, townDefault?: Locale): LocalizedValue<T> | null {
  const values: AllLocales<T> = isLocaleRecord(value) ? value : {}
  for (const locale of fallbackChain(reader, townDefault)) {
    const v = values[locale]
    if (v !== null && v !== undefined && isPresent(v)) return { value: v, locale, isFallback: locale !== reader }
  }
  return null
}
