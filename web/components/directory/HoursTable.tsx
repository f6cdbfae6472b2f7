import { useTranslations } from '@web/i18n/translations'
import type { StoredHours } from '@cms/directory/serviceHours'
import { toHours } from '@cms/directory/serviceHours'
import { localTime, weekTable } from '@shared/openingHours'
import { formatClock, formatDate } from '@web/lib/format'
import { Sentence } from '../BidiText'
import { sentence } from '@web/lib/sentence'

/** The week's opening hours as a table, today marked, with closures and "appointment only". */
export function HoursTable({ hours, timeZone, locale }: { hours: StoredHours | null; timeZone: string; locale: string }) {
  const h = toHours(hours)
  if (!h || !h.slots.length) return null
  const t = useTranslations()
  const today = localTime(new Date(), timeZone).day
  return (
    <div className="hours">
      <table>
        <caption className="visually-hidden">{t('Service.openingHours')}</caption>
        <tbody>
          {weekTable(h.slots).map(({ day, slots }) => (
            <tr key={day} aria-current={day === today ? 'date' : undefined}>
              <th scope="row">{t(`Hours.${day}`)}</th>
              <td>
                {slots.length ? (
                  slots.map((s) => (
                    <bdi key={s.opens} className="slot">
                      <Sentence text={sentence(t, 'Hours.range', { opens: formatClock(s.opens, locale), closes: formatClock(s.closes, locale) })} />
                    </bdi>
                  ))
                ) : (
                  <span className="muted">{t('Hours.closed')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hours?.appointmentOnly ? <p className="hint">{t('Service.appointmentOnly')}</p> : null}
      {h.closure ? (
        <p className="notice">
          <Sentence text={sentence(t, 'Service.closure', { from: formatDate(h.closure.from, locale, timeZone), to: formatDate(h.closure.to, locale, timeZone) })} />
        </p>
      ) : null}
    </div>
  )
}
