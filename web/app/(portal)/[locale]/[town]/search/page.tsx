import { getTranslations } from '@web/i18n/translations'
import { timingOf, type StoredTiming } from '@shared/eventTiming'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { readParam } from '@shared/queryParams'
import { nextOccurrences } from '@shared/recurrence'
import { route, withQuery } from '@shared/routes'
import { ancestry } from '@shared/tree'
import { ServiceCard } from '@web/components/directory/ServiceCard'
import { Icon } from '@web/components/Icon'
import { LocalizedText } from '@web/components/LocalizedText'
import { PortalShell } from '@web/components/PortalShell'
import { formatDate, formatDay, formatNumber } from '@web/lib/format'
import { guideTree } from '@web/lib/guide'
import { getCompose, townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { type ContentHit, siteSearch } from '@web/lib/siteSearch'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'search'> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('search', props)
  const t = await getTranslations({ locale, namespace: 'Search' })
  return social({
    title: await townTitle(locale, t('title'), town.name),
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
    // Result pages are endless and thin: keep them out of search engines.
    robots: { index: false, follow: true },
  }, locale)
}

interface HitListProps<D> {
  hits: ContentHit<D>[]
  href: (h: ContentHit<D>) => string
  meta?: (h: ContentHit<D>) => string | null
  locale: Locale
  townDefault: Locale
}

function HitList<D>({ hits, href, meta, locale, townDefault }: HitListProps<D>) {
  return (
    <ol className="result-list" role="list">
      {hits.map((h) => (
        <li key={h.id}>
          <article className="card">
            {meta?.(h) ? <p className="card-kicker"><Sentence text={meta(h) ?? ''} /></p> : null}
            <h3 className="card-title">
              <a href={href(h)}>
                <LocalizedText as="span" value={pickLocalized(h.title, locale, townDefault)} reader={locale} notice={false} />
              </a>
            </h3>
            <LocalizedText className="card-text" value={pickLocalized(h.summary, locale, townDefault)} reader={locale} />
          </article>
        </li>
      ))}
    </ol>
  )
}

/** One search box over the guide, the directory, events and news, grouped by kind. */
async function SearchPage(props: Props) {
  const { locale, town, page } = await townPage('search', props)
  const query = readParam(await props.searchParams, 'q')
  const [t, result, tree, compose] = await Promise.all([getTranslations('Search'), siteSearch(town.id, town.timeZone, query, locale), guideTree(town.id), getCompose(locale)])
  const at = { locale, town: town.slug }
  // The language switcher and the barrier report keep the reader's query.
  const searched = withQuery(page, query ? `?q=${encodeURIComponent(query)}` : '')
  const total = result ? result.pages.total + result.events.total + result.news.total + result.services.total : 0
  const now = new Date()
  const nextDate = (h: ContentHit<StoredTiming>) => {
    const timing = timingOf(h.doc)
    const next = timing ? nextOccurrences(timing, town.timeZone, now, 1)[0] : null
    return next ? sentence(t, 'nextDate', { date: formatDay(next.date, locale, 'long') }) : null
  }
  const section = (id: string, title: string, count: number, body: React.ReactNode, more?: React.ReactNode) =>
    count ? (
      <section className="block" aria-labelledby={id}>
        <h2 id={id}>
          <Sentence text={compose.withCount(title, formatNumber(count, locale, 0))} />
        </h2>
        {body}
        {more}
      </section>
    ) : null
  return (
    <PortalShell locale={locale} page={searched} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead"><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>
        <form className="search-form" action={route.search(at)} method="get" role="search">
          <div className="search-row">
            <label htmlFor="site-q" className="visually-hidden">
              {t('label')}
            </label>
            <input id="site-q" type="search" name="q" defaultValue={query} placeholder={t('placeholder')} maxLength={200} />
            <button type="submit" className="button">
              <Icon name="search" />
              <span>{t('submit')}</span>
            </button>
          </div>
        </form>
        {result ? (
          <>
            <h2 className="result-count" aria-live="polite">
              <Sentence text={sentence(t, 'results', { count: total, query })} />
            </h2>
            {total === 0 ? (
              <p>
                {t('emptyHint')} <a href={route.guide(at)}>{t('guide')}</a>
              </p>
            ) : null}
            {section(
              'r-guide',
              t('guide'),
              result.pages.total,
              <HitList
                hits={result.pages.hits}
                href={(h) => {
                  const node = tree.find((n) => n.id === h.id)
                  return node ? route.guidePage({ ...at, path: ancestry(tree, node).map((n) => n.slug) }) : route.guide(at)
                }}
                locale={locale}
                townDefault={town.defaultLocale}
              />,
            )}
            {section(
              'r-services',
              t('services'),
              result.services.total,
              <ol className="result-list" role="list">
                {result.services.results.map((service) => (
                  <li key={service.id}>
                    <ServiceCard service={service} locale={locale} townSlug={town.slug} townDefault={town.defaultLocale} timeZone={town.timeZone} />
                  </li>
                ))}
              </ol>,
              result.services.total > result.services.results.length ? (
                <p>
                  <a href={`${route.services(at)}?q=${encodeURIComponent(query)}`}><Sentence text={sentence(t, 'allServices', { count: result.services.total })} /></a>
                </p>
              ) : null,
            )}
            {section(
              'r-events',
              t('events'),
              result.events.total,
              <HitList hits={result.events.hits} href={(h) => route.event({ ...at, slug: h.slug })} meta={nextDate} locale={locale} townDefault={town.defaultLocale} />,
            )}
            {section(
              'r-news',
              t('news'),
              result.news.total,
              <HitList
                hits={result.news.hits}
                href={(h) => route.newsItem({ ...at, slug: h.slug })}
                meta={(h) => (h.doc.publishedAt ? formatDate(h.doc.publishedAt, locale, town.timeZone) : null)}
                locale={locale}
                townDefault={town.defaultLocale}
              />,
            )}
          </>
        ) : (
          <p className="hint">{t('prompt')}</p>
        )}
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(SearchPage)
