import { getTranslations } from 'next-intl/server'
import { LegalPage } from '../../../../../components/LegalPage'
import { alternates } from '../../../../../lib/metadata'
import { requireLocale, townForPage } from '../../../../../lib/pageLocale'

type Params = { params: Promise<{ locale: string; town: string }> }

export async function generateMetadata({ params }: Params) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/imprint')
  const t = await getTranslations({ locale, namespace: 'Legal' })
  return { title: t('imprintTitle'), alternates: alternates('/' + town.slug + '/imprint', town.enabledLocales, locale, town.defaultLocale) }
}

export default async function Page({ params }: Params) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  return <LegalPage town={await townForPage(locale, slug, '/imprint')} locale={locale} which="imprint" />
}
