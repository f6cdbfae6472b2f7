import { getTranslations } from 'next-intl/server'
import { cache } from 'react'
import type { Locale } from '@shared/locales'
import { languageNameIn } from '@web/lib/languageName'
import { payloadClient } from '@web/lib/payload'

type Tracked = 'pages' | 'news' | 'events' | 'services' | 'organizations' | 'action-fields' | 'goals' | 'measures' | 'indicators'

/** The state of one document's translation into one language. */
const stateOf = cache(async (collection: Tracked, id: string, locale: Locale): Promise<string | null> => {
  const payload = await payloadClient()
  // Translation states are staff-only records; the portal reads just this one public fact.
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }, { locale: { equals: locale } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { state: true },
  })
  return docs[0]?.state ?? null
})

/**
 * Says so when the text in the reader's language was machine-translated and nobody has
 * reviewed it yet, so a reader knows to double-check what matters (dates, documents).
 */
export async function MachineTranslationNotice({ collection, id, locale, source }: { collection: Tracked; id: string; locale: Locale; source: Locale }) {
  if (locale === source || (await stateOf(collection, id, locale)) !== 'machine') return null
  const t = await getTranslations('Fallback')
  return (
    <p className="notice machine-notice" role="note">
      {t('machine', { language: languageNameIn(locale, locale), original: languageNameIn(source, locale) })}
    </p>
  )
}
