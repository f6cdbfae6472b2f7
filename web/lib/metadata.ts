import type { Metadata } from 'next'
import type { Locale } from '../../shared/locales'

/** `<link rel="alternate" hreflang>` for every language a page exists in, plus x-default. */
export function alternates(path: string, locales: readonly Locale[], current: Locale, defaultLocale: Locale): Metadata['alternates'] {
  const suffix = path === '/' ? '' : path
  return {
    canonical: `/${current}${suffix}`,
    languages: {
      ...Object.fromEntries(locales.map((code) => [code, `/${code}${suffix}`])),
      'x-default': `/${defaultLocale}${suffix}`,
    },
  }
}
