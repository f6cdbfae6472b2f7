import { useFormatter, useTranslations } from 'next-intl'
import { Sentence } from '../BidiText'
import { isolate } from '@shared/isolate'
import { MEASURE_STATUSES, type MeasureStatus } from '@shared/vocabularies'

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
          <Sentence text={t('count', isolate({ count: format.number(counts[s] ?? 0), status: t(s) }))} />
        </li>
      ))}
    </ul>
  )
}
