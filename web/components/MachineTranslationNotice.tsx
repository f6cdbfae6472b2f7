import { getTranslations } from '@web/i18n/translations'
import { cache } from 'react'
import type { Locale } from '@shared/locales'
import type { TranslationState } from '@shared/translationState'
import { translationNotice } from '@shared/translationNotice'
import { languageNameIn } from '@web/lib/languageName'
import { payloadClient } from '@web/lib/payload'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Tracked = 'pages' | 'news' | 'events' | 'services' | 'organizations' | 'action-fields' | 'goals' | 'measures' | 'indicators'

/** The word the notice uses for a document of each collection ("This service is not yet …"). */
const KIND: Record<Tracked, 'page' | 'service' | 'event' | 'news' | 'other'> = {
  pages: 'page',
  services: 'service',
  events: 'event',
  news: 'news',
  organizations: 'other',
  'action-fields': 'other',
  goals: 'other',
  measures: 'other',
  indicators: 'other',
}

/** The state of each language of one document's translation. */
const statesOf = cache(async (collection: Tracked, id: string): Promise<Partial<Record<string, TranslationState>>> => {
  const payload = await payloadClient()
  // Translation states are staff-only records; the portal reads just this one public fact.
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, state: true },
  })
  return Object.fromEntries(docs.map((r) => [r.locale, r.state]))
})

/**
 * Says plainly, once at the top, when this document is not in the reader's language yet
 * ("This service is not yet available in Tigrinya. It is shown in English.") — a town may
 * offer a language before every text is translated — or when the text was machine-translated
 * and nobody has reviewed it yet, so a reader knows to double-check what matters (dates,
 * documents). The texts themselves still carry their own `lang` (LocalizedText).
 */
export async function MachineTranslationNotice({ collection, id, locale, source }: { collection: Tracked; id: string; locale: Locale; source: Locale }) {
  if (locale === source) return null
  const notice = translationNotice(locale, source, await statesOf(collection, id))
  if (!notice) return null
  const t = await getTranslations('Fallback')
  const language = languageNameIn(locale, locale)
  return (
    <p className="notice machine-notice" role="note">
      <Sentence
        text={
          notice.kind === 'machine'
            ? sentence(t, 'machine', { language, original: languageNameIn(source, locale) })
            : sentence(t, 'document', { kind: KIND[collection], language, original: languageNameIn(notice.shown, locale) })
        }
      />
    </p>
  )
}
