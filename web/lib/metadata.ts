import type { Metadata } from 'next'
import type { Locale } from '@shared/locales'
import { hrefOf, type PageRef } from '@shared/routes'

/** `<link rel="alternate" hreflang>` for every language a page exists in, plus x-default. */
export function alternates(page: PageRef, locales: readonly Locale[], current: Locale, defaultLocale: Locale): Metadata['alternates'] {
  return {
    canonical: hrefOf(page, current),
    languages: {
      ...Object.fromEntries(locales.map((code) => [code, hrefOf(page, code)])),
      'x-default': hrefOf(page, defaultLocale),
    },
  }
}

/**
 * Adds Open Graph and Twitter card tags from a page's own title, description and canonical
 * address, so a link shared in a messenger shows what the page is about (in its language).
 */
export function social(meta: Metadata, locale: string): Metadata {
  const title = typeof meta.title === 'string' ? meta.title : undefined
  const description = meta.description ?? undefined
  const url = typeof meta.alternates?.canonical === 'string' ? meta.alternates.canonical : undefined
  return {
    ...meta,
    openGraph: { type: 'website', title, description, url, locale: locale.replace('-', '_') },
    twitter: { card: 'summary', title, description },
  }
}
