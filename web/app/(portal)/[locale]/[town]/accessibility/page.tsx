import { getTranslations } from 'next-intl/server'
import { AccessibilityStatement } from '@web/components/accessibility/AccessibilityStatement'
import { alternates } from '@web/lib/metadata'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string; town: string }> }

async function load({ params }: Params) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  return { locale, town: await townForPage(locale, slug, '/accessibility') }
}

export async function generateMetadata(args: Params) {
  const { locale, town } = await load(args)
  const t = await getTranslations({ locale, namespace: 'Accessibility' })
  return { title: t('title'), alternates: alternates(`/${town.slug}/accessibility`, town.enabledLocales, locale, town.defaultLocale) }
}

/** The town's accessibility statement (BITV 2.0). */
export default async function AccessibilityPage(args: Params) {
  const { locale, town } = await load(args)
  return <AccessibilityStatement town={town} locale={locale} />
}
