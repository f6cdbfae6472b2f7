import { useTranslations } from '@web/i18n/translations'

/** A measure's status in words (colour only repeats what the word says). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations('MeasureStatus')
  return <span className={`badge status-${status}`}>{t(status)}</span>
}
