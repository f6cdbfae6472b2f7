import { useLocale } from 'next-intl'
import { useTranslations } from '@web/i18n/translations'
import { formatClock } from '@web/lib/format'
import { noteExpiry } from '@cms/cache/renderNotes'
import { openStateChangesAt } from '@shared/nextChange'
import { addDays, localTime, type OpenState } from '@shared/openingHours'
import { Sentence } from '../BidiText'
import { sentence } from '@web/lib/sentence'
import { once } from './saidOnce'

/** "Open now, until 12:00" / "Closed now, opens tomorrow at 09:00", in the town's time. */
export function OpenStatus({ state, timeZone }: { state: OpenState; timeZone: string }) {
  // A cached page showing this is out of date when the place opens or closes.
  const changes = openStateChangesAt(state, timeZone)
  if (changes) noteExpiry(changes)
  const t = useTranslations('Hours')
  const locale = useLocale()
  if (state.state === 'unknown') return null
  if (state.state === 'open') {
    const { time } = state.closesAt
    return (
      <span className="badge badge-open">
        <Sentence text={once(t, `closesAt ${time}`, () => sentence(t, 'closesAt', { time: formatClock(time, locale) }))} />
      </span>
    )
  }
  if (!state.opensAt) return <span className="badge badge-closed">{t('closedNow')}</span>
  const { date, day } = state.opensAt
  const time = formatClock(state.opensAt.time, locale)
  // Today and tomorrow are the town's, at the time of the request: part of the key.
  const today = localTime(new Date(), timeZone).date
  const text = once(t, `${today} ${date} ${day} ${time}`, () =>
    date === today
      ? sentence(t, 'opensToday', { time })
      : date === addDays(today, 1)
        ? sentence(t, 'opensTomorrow', { time })
        : sentence(t, 'opensOn', { day: t(day), time }),
  )
  return (
    <span className="badge badge-closed">
      <Sentence text={text} />
    </span>
  )
}
