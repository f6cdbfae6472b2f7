import type { Metadata, Viewport } from 'next'
import { getTranslations } from '@web/i18n/translations'
import type React from 'react'
import { directionOf, LOCALE_CODES } from '@shared/locales'
import { requireLocale } from '@web/lib/pageLocale'
import { ErrorStringsProvider } from '@web/components/ErrorStrings.client'
import { REQUEST_ID_SLOT } from '@web/lib/errorPage.mjs'
import { sentence } from '@web/lib/sentence'
import '../portal.css'

// One freshness model (README, "One freshness model"): Next renders every request it is handed
// and keeps nothing; web/server.mjs holds the finished answers and drops them on every change.
// Without this, Next would prerender pages at build time from whatever database the build saw.
export const dynamic = 'force-dynamic'

export function generateStaticParams() {
  return LOCALE_CODES.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Meta' })
  return {
    // Absolute addresses in link previews (og:url) and alternates.
    metadataBase: new URL(process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`),
    // Next puts each page's title where `%s` is; the catalog says where the portal's name goes.
    title: { default: t('portalName'), template: sentence(await getTranslations({ locale, namespace: 'Compose' }), 'titleTemplate', { page: '%s', portal: t('portalName') }) },
    description: t('description'),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5394' }

export default async function PortalLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = requireLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: 'Error' })
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* Only the error page is a client component; it gets only its own strings. The request's
            id is known to web/server.mjs only: it puts it in place of the slot on an error page. */}
        <ErrorStringsProvider strings={{ title: t('title'), body: t('body'), retry: t('retry'), reference: sentence(t, 'reference', { id: REQUEST_ID_SLOT }) }}>
          {children}
        </ErrorStringsProvider>
      </body>
    </html>
  )
}
