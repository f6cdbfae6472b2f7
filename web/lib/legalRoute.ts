import { createElement } from 'react'
import { getTranslations } from '@web/i18n/translations'
import { LegalPage } from '@web/components/LegalPage'
import { alternates } from './metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from './townPage'

/** The imprint and privacy routes differ only in which text they show. */
export function legalRoute(which: 'imprint' | 'privacy') {
  return {
    generateMetadata: metadataWithNotFound(async (props: TownPageProps<typeof which>) => {
      const { locale, town, page } = await townPage(which, props)
      const t = await getTranslations({ locale, namespace: 'Legal' })
      return {
        title: t(which === 'imprint' ? 'imprintTitle' : 'privacyTitle'),
        alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
      }
    }),
    Page: withNotFound(async (props: TownPageProps<typeof which>) => {
      const { locale, town, page } = await townPage(which, props)
      return createElement(LegalPage, { town, locale, which, page })
    }),
  }
}
