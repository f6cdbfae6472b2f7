import { formatPercent } from '@web/lib/format'

/** Progress as a bar with the number beside it; the bar is decoration, the number is the information. */
export function ProgressBar({ value, locale, label }: { value: number | null; locale: string; label: string }) {
  if (value === null) return null
  return (
    <div className="progress">
      <span className="progress-label">
        {label}: <strong>{formatPercent(value, locale)}</strong>
      </span>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ inlineSize: `${Math.min(100, Math.max(0, value))}%` }} />
      </span>
    </div>
  )
}
