import { useTranslations } from 'next-intl'

/** A measure's status in words (colour only repeats what the word says). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations('MeasureStatus')
  return <span className={`badge status-${status}`}>{t(status)}</span>
}
