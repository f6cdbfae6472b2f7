import { getLocale } from 'next-intl/server'
import { isLocale } from '@shared/locales'
import { NotFoundContent } from '@web/components/NotFoundContent'

/** notFound() from a page (e.g. an unknown town), in the reader's language. */
export default async function NotFound() {
  const raw = await getLocale()
  return <NotFoundContent locale={isLocale(raw) ? raw : 'de'} />
}
