import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@shared/localized'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { alternates, social } from '@web/lib/metadata'
import { listNews } from '@web/lib/news'
import { requireLocale, townForPage } from '@web/lib/pageLocale'

type Args = { params: Promise<{ locale: string; town: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Loc = Record<string, string | null>

export async function generateMetadata({ params }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/news')
  const t = await getTranslations({ locale, namespace: 'News' })
  return social({
    title: `${t('title')} – ${town.name}`,
    alternates: {
      ...alternates(`/${town.slug}/news`, town.enabledLocales, locale, town.defaultLocale),
      types: { 'application/rss+xml': `/${locale}/${town.slug}/news/feed.xml` },
    },
  }, locale)
}

/** The town's news, newest first, ten per page. */
export default async function NewsList({ params, searchParams }: Args) {
  const { locale: raw, town: slug } = await params
  const locale = requireLocale(raw)
  const town = await townForPage(locale, slug, '/news')
  const pageParam = Number((await searchParams).page)
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1
  const [t, news] = await Promise.all([getTranslations('News'), listNews(town.id, page)])
  const base = `/${locale}/${town.slug}/news`
  return (
    <PortalShell locale={locale} path={`/${town.slug}/news`} locales={town.enabledLocales} town={town}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p>
          <a href={`${base}/feed.xml`}>{t('feed')}</a>
        </p>
        {news.total === 0 ? <p>{t('empty')}</p> : null}
        <ol className="result-list" role="list">
          {news.docs.map((item) => (
            <li key={String(item.id)}>
              <article className="card">
                <p className="card-kicker">{item.publishedAt ? formatDate(String(item.publishedAt), locale, town.timeZone) : null}</p>
                <h2 className="card-title">
                  <a href={`${base}/${item.slug}`}>
                    <LocalizedText as="span" value={pickLocalized(item.title as Loc, locale, town.defaultLocale)} reader={locale} notice={false} />
                  </a>
                </h2>
                <LocalizedText className="card-text" value={pickLocalized(item.lead as Loc, locale, town.defaultLocale)} reader={locale} />
              </article>
            </li>
          ))}
        </ol>
        {news.totalPages > 1 ? (
          <nav className="pagination" aria-label={t('pages')}>
            <ul role="list">
              {Array.from({ length: news.totalPages }, (_, i) => i + 1).map((p) => (
                <li key={p}>
                  <a href={p === 1 ? base : `${base}?page=${p}`} aria-current={p === news.page ? 'page' : undefined}>
                    {p}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </PortalShell>
  )
}
