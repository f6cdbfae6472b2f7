import { createElement } from 'react'
import { getTranslations } from 'next-intl/server'
import { LegalPage } from '../components/LegalPage'
import { alternates } from './metadata'
import { requireLocale, townForPage } from './pageLocale'

type Params = { params: Promise<{ locale: string; town: string }> }

/** The imprint and privacy routes differ only in which text they show. */
export function legalRoute(which: 'imprint' | 'privacy') {
  const load = async ({ params }: Params) => {
    const { locale: raw, town: slug } = await params
    const locale = requireLocale(raw)
    return { locale, town: await townForPage(locale, slug, `/${which}`) }
  }
  return {
    generateMetadata: async (args: Params) => {
      const { locale, town } = await load(args)
      const t = await getTranslations({ locale, namespace: 'Legal' })
      return {
        title: t(which === 'imprint' ? 'imprintTitle' : 'privacyTitle'),
        alternates: alternates(`/${town.slug}/${which}`, town.enabledLocales, locale, town.defaultLocale),
      }
    },
    Page: async (args: Params) => {
      const { locale, town } = await load(args)
      return createElement(LegalPage, { town, locale, which })
    },
  }
}
