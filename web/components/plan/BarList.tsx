import { formatNumber } from '@web/lib/format'

/** A horizontal bar list (computed indicators): each row says label and number in text; the bar only draws it. */
export function BarList({ rows, locale, caption }: { rows: { key: string; label: string; value: number }[]; locale: string; caption: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  return (
    <table className="bar-list">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span className="bar" aria-hidden="true" style={{ inlineSize: `${(r.value / max) * 100}%` }} />
              <span className="bar-value num">{formatNumber(r.value, locale, 1)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
