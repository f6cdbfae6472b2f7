import type { Config } from 'payload'
import { fallbackChain, localeInfo } from '@shared/locales'
import type { ResolvedOptions } from './types'

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
      return { code, label: `${info.endonym} (${info.englishName})`, rtl: info.dir === 'rtl', fallbackLocale }
    }),
  }
}
