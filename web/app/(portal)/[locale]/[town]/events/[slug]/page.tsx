import { getTranslations } from '@web/i18n/translations'
import { noteExpiry } from '@cms/cache/renderNotes'
import { directionsLinks } from '@shared/directions'
import { spokenLanguageName } from '@shared/languages'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import { Breadcrumbs } from '@web/components/Breadcrumbs'
import { Icon } from '@web/components/Icon'
import { JsonLd } from '@web/components/JsonLd'
import { LocalizedRichText } from '@web/components/LocalizedRichText'
import { LocalizedText } from '@web/components/LocalizedText'
import { MachineTranslationNotice } from '@web/components/MachineTranslationNotice'
import { PortalShell } from '@web/components/PortalShell'
import { getEvent, upcomingDates } from '@web/lib/events'
import { formatDay, formatDayTimeRange, formatNumber } from '@web/lib/format'
import { getCompose } from '@web/lib/compose'
import { formatList } from '@web/lib/list'
import { alternates, social } from '@web/lib/metadata'
import { recordView } from '@web/lib/recordView'
import { metadataWithNotFound, townDocPage, type TownPageProps, withNotFound } from '@web/lib/townPage'
import { Sentence } from '@web/components/BidiText'
import { sentence } from '@web/lib/sentence'

type Props = TownPageProps<'event'>

const NEXT_DATES = 8

const load = townDocPage('event', (town, { slug }) => getEvent(town.id, slug))

export const generateMetadata = metadataWithNotFound(async (props: Props) => {
  const { locale, town, page, doc: event } = await load(props)
  return social({
    title: pickLocalized(event.title, locale, town.defaultLocale)?.value,
    description: pickLocalized(event.summary, locale, town.defaultLocale)?.value,
    alternates: alternates(page, town.enabledLocales, locale, town.defaultLocale),
  }, locale)
})

/** One event: when (the next dates of a series), where, for whom, what it costs, how to register; add it to a calendar. */
async function EventPage(props: Props) {
  const { locale, town, page, doc: event } = await load(props)
  await recordView(town, page, locale, event.id)
  const [t, compose] = await Promise.all([getTranslations(), getCompose(locale)])
  const pick = (v: string | null | undefined) => pickLocalized(v, locale, town.defaultLocale)
  const href = route.event({ locale, town: town.slug, slug: event.slug })
  const dates = upcomingDates(event, town.timeZone, new Date(), NEXT_DATES)
  // The list of coming dates changes when the first of them ends.
  if (dates[0]) noteExpiry(dates[0].end)
  const wanted = (await props.searchParams)?.date
  const chosen = dates.find((d) => d.date === wanted) ?? dates[0] ?? null
  const when = (o: { start: Date; end: Date; date: string }) =>
    event.allDay
      ? compose.withNote(formatDay(o.date, locale), t('Events.allDay'))
      : formatDayTimeRange(o.start, o.end, locale, town.timeZone)
  const location = event.location && typeof event.location === 'object' ? event.location : null
  const organizer = event.organization && typeof event.organization === 'object' ? event.organization : null
  const audiences = (event.audiences ?? []).filter((a) => typeof a === 'object')
  const registration = event.registration ?? {}
  const cost = event.cost ?? {}
  const address = location?.address
  const title = pick(event.title)
  return (
    <PortalShell locale={locale} page={page} locales={town.enabledLocales} town={town}>
      <JsonLd
        data={{
          '@type': 'Event',
          name: title?.value,
          description: pick(event.summary)?.value,
          startDate: (chosen?.start ?? new Date(event.start)).toISOString(),
          endDate: chosen?.end.toISOString(),
          eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
          eventAttendanceMode: location ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
          inLanguage: event.languages ?? undefined,
          isAccessibleForFree: cost.type !== 'fee',
          organizer: { '@type': 'Organization', name: organizer?.name ?? town.name },
          location: location
            ? { '@type': 'Place', name: location.name, address: { '@type': 'PostalAddress', streetAddress: address?.street, postalCode: address?.postalCode, addressLocality: address?.city } }
            : event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined,
        }}
      />
      <article className="container narrow">
        <Breadcrumbs locale={locale} town={town} page="event" />
        <p className="card-kicker">{t(`EventCategory.${event.category}`)}</p>
        <h1>
          <LocalizedText as="span" value={title} reader={locale} notice={false} />
        </h1>
        <MachineTranslationNotice collection="events" id={event.id} locale={locale} source={town.defaultLocale} />
        {event.cancelled ? (
          <div className="notice notice-warning" role="note">
            <strong>{t('Events.cancelledNotice')}</strong> <LocalizedText as="span" value={pick(event.cancellationNote)} reader={locale} />
          </div>
        ) : null}
        <LocalizedText className="lead" value={pick(event.summary)} reader={locale} />
        <div className="facts card">
          <dl className="meta">
            <div>
              <dt>{t('Events.when')}</dt>
              <dd>{chosen ? <time dateTime={chosen.start.toISOString()}>{when(chosen)}</time> : t('Events.over')}</dd>
            </div>
            {location ? (
              <div>
                <dt>{t('Events.where')}</dt>
                <dd>
                  <bdi lang="de">{location.name}</bdi>
                  {address ? (
                    <>
                      <br />
                      <bdi lang="de">{`${address.street ?? ''}, ${address.postalCode ?? ''} ${address.city ?? ''}`}</bdi>
                    </>
                  ) : null}
                  <LocalizedText as="span" className="hint" value={pick(event.locationNote)} reader={locale} />
                </dd>
              </div>
            ) : null}
            {event.onlineUrl ? (
              <div>
                <dt>{t('Events.online')}</dt>
                <dd>
                  <a href={event.onlineUrl} rel="noopener">
                    {t('Events.join')}
                  </a>
                </dd>
              </div>
            ) : null}
            {organizer ? (
              <div>
                <dt>{t('Events.organizer')}</dt>
                <dd>
                  <a href={route.organization({ locale, town: town.slug, slug: organizer.slug })}>
                    <bdi lang="de">{organizer.name}</bdi>
                  </a>
                </dd>
              </div>
            ) : null}
            {audiences.length ? (
              <div>
                <dt>{t('Service.whoFor')}</dt>
                <dd>{formatList(audiences.map((a) => pick(a.name)?.value ?? a.slug), locale)}</dd>
              </div>
            ) : null}
            {event.languages?.length ? (
              <div>
                <dt>{t('Events.languages')}</dt>
                <dd>{formatList(event.languages.map((c) => spokenLanguageName(c, locale)), locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('Events.cost')}</dt>
              <dd>
                {cost.type === 'fee' && typeof cost.amount === 'number'
                  ? <Sentence text={sentence(t, 'Events.fee', { amount: formatNumber(cost.amount, locale, 2) })} />
                  : cost.type === 'donation'
                    ? t('Events.donation')
                    : t('Events.free')}
              </dd>
            </div>
            <div>
              <dt>{t('Events.registration')}</dt>
              <dd>
                {registration.required ? t('Events.registrationRequired') : t('Events.registrationNotRequired')}{' '}
                {registration.required && registration.url ? (
                  <a href={registration.url} rel="noopener">
                    {t('Events.register')}
                  </a>
                ) : null}
                {registration.required && registration.email ? (
                  <a href={`mailto:${registration.email}`}>
                    <bdi dir="ltr">{registration.email}</bdi>
                  </a>
                ) : null}
                <LocalizedText as="span" className="hint" value={pick(registration.note)} reader={locale} />
              </dd>
            </div>
          </dl>
          <p className="actions">
            <a className="action" href={route.eventCalendar({ locale, town: town.slug, slug: event.slug })} type="text/calendar" download={`${event.slug}.ics`}>
              <Icon name="calendar" />
              <span>{t('Events.addToCalendar')}</span>
            </a>
            {location?.latitude !== undefined && location.longitude !== undefined ? (
              <>
                <a className="action" href={directionsLinks({ latitude: location.latitude, longitude: location.longitude, name: location.name }).osm}>
                  <Icon name="pin" />
                  <span>{t('Service.directionsOsm')}</span>
                </a>
                <a className="action" href={directionsLinks({ latitude: location.latitude, longitude: location.longitude, name: location.name }).geo}>
                  <Icon name="pin" />
                  <span>{t('Service.openMap')}</span>
                </a>
              </>
            ) : null}
          </p>
        </div>
        <LocalizedRichText as="section" className="block prose-text" value={event.description} reader={locale} townDefault={town.defaultLocale} />
        {dates.length > 1 ? (
          <section className="block" aria-labelledby="next-dates">
            <h2 id="next-dates">{t('Events.nextDates')}</h2>
            <ul className="date-list" role="list">
              {dates.map((d) => (
                <li key={d.start.toISOString()}>
                  <a href={`${href}?date=${d.date}`} aria-current={d === chosen ? 'date' : undefined}>
                    <time dateTime={d.start.toISOString()}>{when(d)}</time>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </PortalShell>
  )
}

export default withNotFound(EventPage)
