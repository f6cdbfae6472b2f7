import type { Config } from 'payload'
import { EASY_GERMAN, fallbackChain, type Locale, localeInfo } from '@shared/locales'
import { PORTAL_TRANSLATIONS } from './i18n/index'
import type { AdminLanguage, ResolvedOptions } from './types'

/**
 * A content language as the admin shows it beside each field ("Titel — العربية (Arabisch)") and in
 * its language menu, per admin language: the language's own name, and, where that differs, its
 * name in the reader's language, never an English name in a German or Arabic admin.
 */
function localeLabel(code: Locale, adminLanguages: AdminLanguage[]): Record<string, string> {
  const { endonym } = localeInfo(code)
  return Object.fromEntries(
    adminLanguages.map((language) => {
      // Easy German has no language code of its own (`de-x-ls`): CLDR would call it "German".
      const name = code === EASY_GERMAN ? PORTAL_TRANSLATIONS[language]['locale.easyGerman'] : new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code)
      const same = !name || name.toLocaleLowerCase(language) === endonym.toLocaleLowerCase(language)
      return [language, same ? endonym : `${endonym} (${name})`]
    }),
  )
}

/**
 * Payload's localization from the shared locale list. Fallback stays on for API clients (a
 * request without `?locale=` means the default language, and missing texts come from the
 * fallback chain); the portal reads with `locale: 'all'` and picks the fallback itself, so
 * it knows which language a text is really in and can mark it with `lang`/`dir`.
 */
export function localizationConfig(o: ResolvedOptions): NonNullable<Config['localization']> {
  return {
    defaultLocale: o.defaultLocale,
    fallback: true,
    locales: o.locales.map((code) => {
      const info = localeInfo(code)
      const fallbackLocale = fallbackChain(code, o.defaultLocale).filter((c) => c !== code && o.locales.includes(c))
      return { code, label: localeLabel(code, o.adminLanguages), rtl: info.dir === 'rtl', fallbackLocale }
    }),
  }
}
