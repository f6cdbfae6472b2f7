import { getTranslations } from '@web/i18n/translations'
import { AccessibilityStatement } from '@web/components/accessibility/AccessibilityStatement'
import { alternates } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'

type Props = TownPageProps<'accessibility'>

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('accessibility', props)
  const t = await getTranslations({ locale, namespace: 'Accessibility' })
  return { title: t('title'), alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale) }
}

/** The town's accessibility statement (BITV 2.0). */
async function AccessibilityPage(props: Props) {
  const { locale, town, page } = await townPage('accessibility', props)
  return <AccessibilityStatement town={town} locale={locale} page={page} />
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(AccessibilityPage)
