import { getTranslations } from '@web/i18n/translations'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate } from '@web/lib/format'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { listNews } from '@web/lib/news'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'

type Props = TownPageProps<'news'> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('news', props)
  const t = await getTranslations({ locale, namespace: 'News' })
  return social({
    title: await townTitle(locale, t('title'), town.name),
    alternates: {
      ...alternates(page, town.enabledLocales, locale, town.defaultLocale),
      types: { 'application/rss+xml': route.newsRss({ locale, town: town.slug }) },
    },
  }, locale)
}

/** The town's news, newest first, ten per page. */
async function NewsList(props: Props) {
  const { locale, town, page } = await townPage('news', props)
  const pageParam = Number((await props.searchParams).page)
  const pageNumber = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1
  const [t, news] = await Promise.all([getTranslations('News'), listNews(town.id, pageNumber)])
  const base = route.news({ locale, town: town.slug })
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <div className="container narrow">
        <h1>{t('title')}</h1>
        <p>
          <a href={route.newsRss({ locale, town: town.slug })}>{t('feed')}</a>
        </p>
        {news.total === 0 ? <p>{t('empty')}</p> : null}
        <ol className="result-list" role="list">
          {news.docs.map((item) => (
            <li key={item.id}>
              <article className="card">
                <p className="card-kicker">{item.publishedAt ? formatDate(item.publishedAt, locale, town.timeZone) : null}</p>
                <h2 className="card-title">
                  <a href={route.newsItem({ locale, town: town.slug, slug: item.slug })}>
                    <LocalizedText as="span" value={pickLocalized(item.title, locale, town.defaultLocale)} reader={locale} notice={false} />
                  </a>
                </h2>
                <LocalizedText className="card-text" value={pickLocalized(item.lead, locale, town.defaultLocale)} reader={locale} />
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

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(NewsList)
