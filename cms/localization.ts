import type { Config } from 'payload'
import { fallbackChain, localeInfo } from '@shared/locales'
import type { ResolvedOptions } from './types'

/**
 * Payload's localization from the shared locale list. Fallback stays on for API clients (a
 * request without `?locale=` means the default language, and missing texts come from the
 * fallback chain); the portal reads with `locale: 'all'` and picks the fallback itself, so
 * it knows which language a text is really in and can mark it with `lang`/`dir`.
 *
 * Each content language is labelled in itself ("العربية"), not with its English name ("Deutsch
 * (German)" stood beside every field of a German or Arabic admin); Payload's language switch adds
 * the code ("العربية (ar)"), so the label has none (with it the switch said "العربية (ar) (ar)").
 * A label per admin language would read better, but Payload's field label shows only a
 * plain-text label and falls back to the bare code for any other.
 */
export function localizationConfig(o: ResolvedOptions): NonNullable<Config['localization']> {
  return {
    defaultLocale: o.defaultLocale,
    fallback: true,
    locales: o.locales.map((code) => {
      const info = localeInfo(code)
      const fallbackLocale = fallbackChain(code, o.defaultLocale).filter((c) => c !== code && o.locales.includes(c))
      return { code, label: info.endonym, rtl: info.dir === 'rtl', fallbackLocale }
    }),
  }
}
