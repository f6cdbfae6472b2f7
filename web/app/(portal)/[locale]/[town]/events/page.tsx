import { headers } from 'next/headers'
import { getTranslations } from '@web/i18n/translations'
import { eventQueryString, type EventFilters, parseEventParams, viewRange } from '@shared/eventParams'
import { SPOKEN_LANGUAGE_CODES } from '@shared/languages'
import { localTime } from '@shared/openingHours'
import { route, withQuery } from '@shared/routes'
import { DayList } from '@web/components/events/DayList'
import { EventFiltersForm } from '@web/components/events/EventFiltersForm'
import { MonthGrid } from '@web/components/events/MonthGrid'
import { PortalShell } from '@web/components/PortalShell'
import { directoryOptions } from '@web/lib/directory'
import { occurrencesBetween } from '@web/lib/events'
import { formatDay, formatMonth } from '@web/lib/format'
import { townTitle } from '@web/lib/compose'
import { alternates, social } from '@web/lib/metadata'
import { metadataWithNotFound, townPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'events'> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function metadata(props: Props) {
  const { locale, town, page } = await townPage('events', props)
  const t = await getTranslations({ locale, namespace: 'Events' })
  return social({
    title: await townTitle(locale, t('title'), town.name),
    description: sentence(t, 'intro', { town: town.name }),
    alternates: {
      ...alternates(page, town.enabledLocales, locale, town.defaultLocale),
      types: { 'text/calendar': route.eventsCalendar({ locale, town: town.slug }) },
    },
  }, locale)
}

/** Upcoming dates as a list, a week or a month, filtered in the URL; with a calendar feed of the same filter. */
async function EventsPage(props: Props) {
  const { locale, town, page } = await townPage('events', props)
  const filters = parseEventParams(await props.searchParams)
  // The language switcher and the barrier report keep the reader's filters.
  const shown = withQuery(page, eventQueryString(filters))
  const today = localTime(new Date(), town.timeZone).date
  const range = viewRange(filters, today)
  const [t, options, occurrences] = await Promise.all([
    getTranslations('Events'),
    directoryOptions(town.id),
    occurrencesBetween(town.id, town.timeZone, range.first, range.last, filters),
  ])
  const base = route.events({ locale, town: town.slug })
  const link = (f: Partial<EventFilters>) => `${base}${eventQueryString({ ...filters, ...f })}`
  // The next period starts where this one ends and has the view's default length.
  const pageLink = (from: string) => link({ from, to: '' })
  const feedQuery = eventQueryString({ category: filters.category, audience: filters.audience, language: filters.language })
  const host = (await headers()).get('host')
  const feedPath = `${route.eventsCalendar({ locale, town: town.slug })}${feedQuery}`
  const heading =
    filters.view === 'month'
      ? formatMonth(range.first, locale)
      : sentence(t, 'range', { from: formatDay(range.first, locale, 'long'), to: formatDay(range.last, locale, 'long') })
  const hasFilters = Boolean(filters.category || filters.audience || filters.language)
  const views = (['list', 'week', 'month'] as const).map((view) => ({ view, label: t(`view_${view}`) }))
  return (
    <PortalShell locale={locale} page={shown} locales={town.enabledLocales} town={town}>
      <div className="container section">
        <h1>{t('title')}</h1>
        <p className="lead"><Sentence text={sentence(t, 'intro', { town: town.name })} /></p>
        <nav aria-label={t('views')} className="view-switch">
          <ul role="list">
            {views.map(({ view, label }) => (
              <li key={view}>
                <a href={link({ view, to: '' })} aria-current={filters.view === view ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <EventFiltersForm
          action={base}
          filters={filters}
          audiences={options.audiences}
          languages={SPOKEN_LANGUAGE_CODES.filter((c) => options.languages.includes(c))}
          locale={locale}
          townDefault={town.defaultLocale}
        />
        <div className="range-nav">
          <h2 className="result-count" aria-live="polite">
            <Sentence text={heading} />
          </h2>
          <nav aria-label={t('periods')}>
            <ul role="list">
              {range.previous ? (
                <li>
                  <a href={pageLink(range.previous)} rel="prev">
                    <span aria-hidden="true">‹ </span>
                    {t(`previous_${filters.view}`)}
                  </a>
                </li>
              ) : null}
              <li>
                <a href={pageLink(range.next)} rel="next">
                  {t(`next_${filters.view}`)}
                  <span aria-hidden="true"> ›</span>
                </a>
              </li>
            </ul>
          </nav>
        </div>
        {occurrences.length === 0 ? (
          <p className="notice">
            {hasFilters ? t('emptyFiltered') : t('empty')} <a href={pageLink(range.next)}>{t(`next_${filters.view}`)}</a>
          </p>
        ) : null}
        {filters.view === 'month' ? (
          <MonthGrid
            occurrences={occurrences}
            first={range.first}
            last={range.last}
            today={today}
            locale={locale}
            townSlug={town.slug}
            townDefault={town.defaultLocale}
            timeZone={town.timeZone}
            caption={heading}
            dayHref={(day) => link({ view: 'list', from: day, to: day })}
          />
        ) : occurrences.length || filters.view === 'week' ? (
          <DayList
            occurrences={occurrences}
            first={range.first}
            last={range.last}
            today={today}
            showEmptyDays={filters.view === 'week'}
            locale={locale}
            townSlug={town.slug}
            townDefault={town.defaultLocale}
            timeZone={town.timeZone}
          />
        ) : null}
        <aside className="card subscribe" aria-labelledby="subscribe-heading">
          <h2 id="subscribe-heading">{t('subscribeTitle')}</h2>
          <p>{hasFilters ? t('subscribeFiltered') : t('subscribeHint')}</p>
          <p className="actions">
            {host ? (
              <a className="button" href={`webcal://${host}${feedPath}`}>
                {t('subscribe')}
              </a>
            ) : null}
            <a href={feedPath} type="text/calendar">
              {t('download')}
            </a>
          </p>
        </aside>
      </div>
    </PortalShell>
  )
}

export const generateMetadata = metadataWithNotFound(metadata)
export default withNotFound(EventsPage)
