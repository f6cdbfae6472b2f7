import { getTranslations } from 'next-intl/server'
import { NotFoundContent } from '@web/components/NotFoundContent'
import { requireLocale } from '@web/lib/pageLocale'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations({ locale: requireLocale((await params).locale), namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

/** Where the proxy sends unknown addresses (with status 404). */
export default async function NotFoundPage({ params }: Params) {
  return <NotFoundContent locale={requireLocale((await params).locale)} />
}
