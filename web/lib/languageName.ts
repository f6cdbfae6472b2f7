import { EASY_GERMAN, isLocale, localeInfo } from '@shared/locales'

/**
 * A language's name in the reader's language ("الألمانية" for German to an Arabic reader),
 * falling back to the language's own name where the runtime's ICU data has none.
 */
export function languageNameIn(code: string, reader: string): string {
  if (code === EASY_GERMAN) return localeInfo(EASY_GERMAN).endonym
  try {
    const name = new Intl.DisplayNames([reader === EASY_GERMAN ? 'de' : reader], { type: 'language' }).of(code)
    if (name && name !== code) return name
  } catch {
    // fall through to the endonym
  }
  return isLocale(code) ? localeInfo(code).endonym : code
}
