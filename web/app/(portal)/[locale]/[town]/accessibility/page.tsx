import { getTranslations } from 'next-intl/server'
import { AccessibilityStatement } from '@web/components/accessibility/AccessibilityStatement'
import { alternates } from '@web/lib/metadata'
import { townPage, type TownPageProps } from '@web/lib/townPage'

type Props = TownPageProps<'accessibility'>

export async function generateMetadata(props: Props) {
  const { locale, town, page } = await townPage('accessibility', props)
  const t = await getTranslations({ locale, namespace: 'Accessibility' })
  return { title: t('title'), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }
}

/** The town's accessibility statement (BITV 2.0). */
export default async function AccessibilityPage(props: Props) {
  const { locale, town, page } = await townPage('accessibility', props)
  return <AccessibilityStatement town={town} locale={locale} page={page} />
}
