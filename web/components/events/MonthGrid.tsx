import { useTranslations } from '@web/i18n/translations'
import { monthGrid } from '@shared/eventParams'
import type { Locale } from '@shared/locales'
import type { EventOccurrence } from '@web/lib/events'
import { formatDay, formatDayOfMonth, weekdayNames } from '@web/lib/format'
import { Sentence } from '../BidiText'
import { OccurrenceItem } from './OccurrenceItem'
import { sentence } from '@web/lib/sentence'

interface Props {
  occurrences: EventOccurrence[]
  first: string
  last: string
  today: string
  locale: Locale
  townSlug: string
  townDefault: Locale
  timeZone: string
  caption: string
  /** The list view of one day (with the current filters). */
  dayHref: (day: string) => string
}

// More than this per day cell and the grid stops being a grid; the rest is one link away.
const PER_CELL = 3

/**
 * A month as a table (weekdays as column headers, so a screen reader announces the day),
 * that becomes a plain list of the days with events on a narrow screen (CSS only).
 */
export function MonthGrid({ occurrences, first, last, today, locale, townSlug, townDefault, timeZone, caption, dayHref }: Props) {
  const t = useTranslations('Events')
  const byDay = new Map<string, EventOccurrence[]>()
  for (const o of occurrences) byDay.set(o.date, [...(byDay.get(o.date) ?? []), o])
  const names = weekdayNames(locale, 'short')
  const longNames = weekdayNames(locale, 'long')
  return (
    <table className="month-grid">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {names.map((name, i) => (
            <th key={name} scope="col" abbr={longNames[i]}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(first, last).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const inMonth = day >= first && day <= last
              const items = inMonth ? (byDay.get(day) ?? []) : []
              const classes = ['cal-day', inMonth ? '' : 'other-month', items.length ? 'has-events' : 'empty', day === today ? 'is-today' : ''].filter(Boolean)
              return (
                <td key={day} className={classes.join(' ')}>
                  {inMonth ? (
                    <>
                      <span className="cal-date">
                        <span aria-hidden="true">{formatDayOfMonth(day, locale)}</span>
                        <span className="visually-hidden">{formatDay(day, locale)}</span>
                        <span className="cal-date-long" aria-hidden="true">
                          {formatDay(day, locale)}
                        </span>
                      </span>
                      {items.length ? (
                        <ul role="list">
                          {items.slice(0, PER_CELL).map((o) => (
                            <li key={`${o.event.id}-${o.start.toISOString()}`}>
                              <OccurrenceItem occurrence={o} locale={locale} townSlug={townSlug} townDefault={townDefault} timeZone={timeZone} compact />
                            </li>
                          ))}
                          {items.length > PER_CELL ? (
                            <li>
                              <a href={dayHref(day)}>
                                <Sentence text={sentence(t, 'more', { count: items.length - PER_CELL })} />
                              </a>
                            </li>
                          ) : null}
                        </ul>
                      ) : null}
                    </>
                  ) : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
