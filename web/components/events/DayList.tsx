import { useTranslations } from '@web/i18n/translations'
import type { Locale } from '@shared/locales'
import { addDays } from '@shared/openingHours'
import type { EventOccurrence } from '@web/lib/events'
import { formatDay } from '@web/lib/format'
import { OccurrenceItem } from './OccurrenceItem'

interface Props {
  occurrences: EventOccurrence[]
  first: string
  last: string
  today: string
  /** The week view lists every day, empty ones too; the list view only days with events. */
  showEmptyDays: boolean
  locale: Locale
  townSlug: string
  townDefault: Locale
  timeZone: string
}

/** Occurrences grouped under a heading per local day. */
export function DayList({ occurrences, first, last, today, showEmptyDays, locale, townSlug, townDefault, timeZone }: Props) {
  const t = useTranslations('Events')
  const byDay = new Map<string, EventOccurrence[]>()
  for (const o of occurrences) {
    // An event that started before the range is listed on the range's first day.
    const day = o.date < first ? first : o.date
    byDay.set(day, [...(byDay.get(day) ?? []), o])
  }
  const days: string[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) if (showEmptyDays || byDay.has(d)) days.push(d)
  return (
    <div className="day-list">
      {days.map((day) => {
        const items = byDay.get(day)
        return (
          <section key={day} className="day" aria-labelledby={`d-${day}`}>
            <h2 id={`d-${day}`} className="day-heading">
              {formatDay(day, locale, 'full', { withOwnCalendar: true })}
              {day === today ? <span className="badge">{t('today')}</span> : null}
            </h2>
            {items ? (
              <ol className="result-list" role="list">
                {items.map((o) => (
                  <li key={`${o.event.id}-${o.start.toISOString()}`}>
                    <OccurrenceItem occurrence={o} locale={locale} townSlug={townSlug} townDefault={townDefault} timeZone={timeZone} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="hint">{t('noEventsDay')}</p>
            )}
          </section>
        )
      })}
    </div>
  )
}
