import { getTranslations } from 'next-intl/server'

/** A measure's status in words (colour only repeats what the word says). */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations('MeasureStatus')
  return <span className={`badge status-${status}`}>{t(status)}</span>
}
