import { useFormatter } from 'next-intl'
import { useTranslations } from '@web/i18n/translations'
import { Sentence } from '../BidiText'
import { MEASURE_STATUSES, type MeasureStatus } from '@shared/vocabularies'
import { sentence } from '@web/lib/sentence'

/** How many measures are in each status, leaving out the empty ones. */
export function StatusCounts({ counts }: { counts: Partial<Record<MeasureStatus, number>> }) {
  const t = useTranslations('MeasureStatus')
  // A plain `{count}` argument is not localised by ICU: Persian readers get Persian digits from here.
  const format = useFormatter()
  const shown = MEASURE_STATUSES.filter((s) => (counts[s] ?? 0) > 0)
  return (
    <ul className="status-counts" role="list">
      {shown.map((s) => (
        <li key={s} className={`badge status-${s}`}>
          <Sentence text={sentence(t, 'count', { count: format.number(counts[s] ?? 0), status: t(s) })} />
        </li>
      ))}
    </ul>
  )
}
