import { getTranslations } from 'next-intl/server'
import { noteStatus, noteTags } from '@cms/cache/renderNotes'
import { pageTags, TOWNS_TAG } from '@shared/cacheTags'
import { NOT_FOUND_TOWN, townPageRef } from '@shared/routes'
import { NotFoundContent } from '@web/components/NotFoundContent'
import { requireLocale } from '@web/lib/pageLocale'
import { getTown } from '@web/lib/towns'

type Params = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations({ locale: requireLocale((await params).locale), namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Where the proxy sends unknown addresses (with status 404). Below a town that exists
 * (`/de/eisenach/does-not-exist`) the page keeps the town's menu and languages, so the reader
 * is one tap from where they wanted to go; the language switcher leads to the town's home.
 */
export default async function NotFoundPage({ params, searchParams }: Params) {
  noteStatus(404)
  const locale = requireLocale((await params).locale)
  const slug = (await searchParams)[NOT_FOUND_TOWN]
  const town = typeof slug === 'string' ? await getTown(slug) : null
  // The list of towns lets it be cached; the town's own document when it shows the town's frame.
  noteTags(town ? [TOWNS_TAG, ...pageTags(town.id, [])] : [TOWNS_TAG])
  if (!town) return <NotFoundContent locale={locale} />
  return <NotFoundContent locale={locale} town={town} page={townPageRef('home', { town: town.slug })} />
}
