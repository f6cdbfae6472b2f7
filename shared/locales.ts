/**
 * The one list of languages. It feeds Payload's localization, next-intl's routing,
 * the language switcher and the locale message catalogs (a unit test checks that
 * `locales/<code>.json` exists and is complete for every code here).
 */
export type Direction = 'ltr' | 'rtl'

export interface LocaleInfo {
  /** BCP 47 tag, also the URL segment and Payload locale code. */
  code: string
  /** The language's name in itself: what a reader looks for in a switcher. */
  endonym: string
  /** English name, for the admin and for documentation. */
  englishName: string
  dir: Direction
  /** Where a reader is sent when a text is missing in this language. */
  fallback: string | null
}

/**
 * Easy-to-read German ("Leichte Sprache") has no registered BCP 47 subtag; we use the
 * private-use extension `de-x-ls`, which is valid BCP 47, degrades to German in screen
 * readers and hyphenation, and is safe in URLs and database enums.
 */
export const EASY_GERMAN = 'de-x-ls'

export const LOCALES = [
  { code: 'de', endonym: 'Deutsch', englishName: 'German', dir: 'ltr', fallback: null },
  { code: EASY_GERMAN, endonym: 'Leichte Sprache', englishName: 'Easy-to-read German', dir: 'ltr', fallback: 'de' },
  { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', fallback: 'de' },
  { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', fallback: 'en' },
  // Many Pashto readers also read Dari, which is far closer to them than English.
  { code: 'fa', endonym: 'فارسی', englishName: 'Persian (Farsi/Dari)', dir: 'rtl', fallback: 'en' },
  { code: 'ps', endonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', fallback: 'fa' },
  { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', fallback: 'en' },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', dir: 'ltr', fallback: 'en' },
  { code: 'tr', endonym: 'Türkçe', englishName: 'Turkish', dir: 'ltr', fallback: 'de' },
  { code: 'ti', endonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', fallback: 'en' },
  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr', fallback: 'en' },
  { code: 'fr', endonym: 'Français', englishName: 'French', dir: 'ltr', fallback: 'en' },
] as const satisfies readonly LocaleInfo[]

export type Locale = (typeof LOCALES)[number]['code']

export const LOCALE_CODES: Locale[] = LOCALES.map((l) => l.code)

export const DEFAULT_LOCALE: Locale = 'de'

const byCode = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]))

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byCode.has(value)
}

export function localeInfo(code: Locale): LocaleInfo {
  // isLocale-narrowed codes are always present, so this never returns undefined.
  return byCode.get(code) as LocaleInfo
}

export function directionOf(code: string): Direction {
  return byCode.get(code)?.dir ?? 'ltr'
}

/**
 * The order in which languages are tried for a reader: the language itself, then its
 * fallback chain, then the town's default language, then German (the source language of
 * every text in this domain). No language appears twice.
 */
export function fallbackChain(code: Locale, townDefault: Locale = DEFAULT_LOCALE): Locale[] {
  const chain: Locale[] = []
  let current: string | null = code
  while (current && isLocale(current) && !chain.includes(current)) {
    chain.push(current)
    current = byCode.get(current)?.fallback ?? null
  }
  for (const extra of [townDefault, DEFAULT_LOCALE]) if (!chain.includes(extra)) chain.push(extra)
  return chain
}
