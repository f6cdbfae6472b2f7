import { getTranslations } from 'next-intl/server'
import { noteStatus, noteTags } from '@cms/cache/renderNotes'
import { TOWNS_TAG } from '@shared/cacheTags'
import { NotFoundContent } from '@web/components/NotFoundContent'
import { requireLocale } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations({ locale: requireLocale((await params).locale), namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

/** Where the proxy sends unknown addresses (with status 404). */
export default async function NotFoundPage({ params }: Params) {
  noteStatus(404)
  // Nothing in it depends on content; the list of towns is the tag that lets it be cached.
  noteTags([TOWNS_TAG])
  return <NotFoundContent locale={requireLocale((await params).locale)} />
}
