import { UnknownAddress } from '@web/components/NotFoundContent'
import { requireLocale } from '@web/lib/pageLocale'

/**
 * Any unknown path under a language that the proxy lets through (it skips addresses with a
 * dot, `/de/eisenach/x.txt`): the 404 page in place, in the town's frame below a town. Not
 * `notFound()`: Next renders that only in the browser for dynamic pages (vercel/next.js#62228).
 */
export default async function CatchAll({ params }: { params: Promise<{ locale: string; rest: string[] }> }) {
  const { locale, rest } = await params
  return <UnknownAddress locale={requireLocale(locale)} townSlug={rest.length > 1 ? rest[0] : undefined} />
}
