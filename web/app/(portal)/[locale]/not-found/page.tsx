import { getTranslations } from '@web/i18n/translations'
import { NOT_FOUND_TOWN } from '@shared/routes'
import { UnknownAddress } from '@web/components/NotFoundContent'
import { requireLocale } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations({ locale: requireLocale((await params).locale), namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

/** Where the proxy sends unknown addresses (with status 404); it names the town they are below. */
export default async function NotFoundPage({ params, searchParams }: Params) {
  const town = (await searchParams)[NOT_FOUND_TOWN]
  return <UnknownAddress locale={requireLocale((await params).locale)} townSlug={typeof town === 'string' ? town : undefined} />
}
