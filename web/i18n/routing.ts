import { defineRouting } from 'next-intl/routing'
import { DEFAULT_LOCALE, LOCALE_CODES } from '@shared/locales'

export const routing = defineRouting({
  locales: LOCALE_CODES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // No cookie: the portal sets none (privacy, and no consent banner). The URL carries the
  // language; `/` is negotiated from Accept-Language on every visit.
  localeCookie: false,
  // Our switcher renders its own <link hreflang> alternates per page.
  alternateLinks: false,
})
