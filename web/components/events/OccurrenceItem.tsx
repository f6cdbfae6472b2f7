import { useTranslations } from '@web/i18n/translations'
import { spokenLanguageName } from '@shared/languages'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { route } from '@shared/routes'
import type { EventOccurrence } from '@web/lib/events'
import { formatTime, formatTimeRange } from '@web/lib/format'
import { IsolatedList } from '@web/components/BidiText'
import { LocalizedText } from '@web/components/LocalizedText'

interface Props {
  occurrence: EventOccurrence
  locale: Locale
  townSlug: string
  townDefault: Locale
  timeZone: string
  /** Shorter in calendar cells: time and title only. */
  compact?: boolean
}

/** One date of an event: time, title (linked), where, in which languages, and whether it is off. */
export function OccurrenceItem({ occurrence, locale, townSlug, townDefault, timeZone, compact = false }: Props) {
  const t = useTranslations('Events')
  const category = useTranslations('EventCategory')
  const { event } = occurrence
  const title = pickLocalized(event.title, locale, townDefault)
  const href = `${route.event({ locale, town: townSlug, slug: event.slug })}?date=${occurrence.date}`
  const time = event.allDay
    ? t('allDay')
    : occurrence.end.getTime() > occurrence.start.getTime()
      ? formatTimeRange(occurrence.start, occurrence.end, locale, timeZone)
      : formatTime(occurrence.start, locale, timeZone)
  const cancelled = event.cancelled ? <span className="badge badge-closed">{t('cancelled')}</span> : null
  const titleText = title ? <LocalizedText as="span" value={title} reader={locale} notice={false} /> : event.slug
  if (compact) {
    return (
      <a href={href} className={event.cancelled ? 'cal-event is-cancelled' : 'cal-event'}>
        <bdi className="cal-time">{time}</bdi> {titleText}
        {event.cancelled ? <span className="visually-hidden"> {t('cancelled')}</span> : null}
      </a>
    )
  }
  const location = event.location && typeof event.location === 'object' ? event.location : null
  const organizer = event.organization && typeof event.organization === 'object' ? event.organization : null
  return (
    <article className={event.cancelled ? 'card event-card is-cancelled' : 'card event-card'}>
      <p className="event-time">
        <bdi>
          <time dateTime={occurrence.start.toISOString()}>{time}</time>
        </bdi> {cancelled}
      </p>
      <h3 className="card-title">
        <a href={href}>{titleText}</a>
      </h3>
      {organizer?.name ? (
        <p className="card-kicker">
          <bdi lang="de">{organizer.name}</bdi>
        </p>
      ) : null}
      <LocalizedText className="card-text" value={pickLocalized(event.summary, locale, townDefault)} reader={locale} />
      <p className="event-facts">
        <span className="tag">{category(event.category)}</span>
        {location?.name ? <bdi lang="de">{location.name}</bdi> : null}
        {event.languages?.length ? (
          <span>
            <IsolatedList items={event.languages.map((c) => spokenLanguageName(c, locale))} locale={locale} />
          </span>
        ) : null}
      </p>
    </article>
  )
}
