import { chartGeometry, type Series } from '@shared/chart'
import { formatNumber } from '@web/lib/format'

interface Props {
  id: string
  title: string
  description: string
  series: Series[]
  target?: { value: number; label: string } | null
  unit: string
  locale: string
  /** Column header of the first column of the data table. */
  yearLabel: string
}

const BOX = { width: 480, height: 280, margin: { top: 16, right: 16, bottom: 32, left: 48 } }

/**
 * An accessible line chart drawn on the server: an SVG with a title and description for
 * screen readers, direct labels instead of a colour-only legend, and the same numbers as a
 * table right below (the table is the chart for anyone who cannot see it).
 */
export function LineChart({ id, title, description, series, target, unit, locale, yearLabel }: Props) {
  const g = chartGeometry(series, BOX, target?.value ?? null)
  if (!g.series.length) return null
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b)
  const fmt = (n: number) => formatNumber(n, locale, 1)
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {/* Time runs left to right in every script. */}
      <div dir="ltr" className="chart-canvas">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        {g.yTicks.map((tick) => (
          <g key={tick.value} className="chart-grid">
            <line x1={BOX.margin.left} x2={BOX.width - BOX.margin.right} y1={tick.y} y2={tick.y} />
            <text x={BOX.margin.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {fmt(tick.value)}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text key={tick.value} className="chart-axis" x={tick.x} y={BOX.height - 12} textAnchor="middle">
            {tick.value}
          </text>
        ))}
        {g.target ? (
          <g className="chart-target">
            <line x1={BOX.margin.left} x2={BOX.width - BOX.margin.right} y1={g.target.y} y2={g.target.y} />
            <text x={BOX.width - BOX.margin.right} y={g.target.y - 6} textAnchor="end">
              {target?.label}
            </text>
          </g>
        ) : null}
        {g.series.map((s, i) => {
          const last = s.coords.at(-1)
          return (
            <g key={s.key} className={`chart-series series-${i % 6}`}>
              <path d={s.path} />
              {s.coords.map((c) => (
                <circle key={c.year} cx={c.x} cy={c.y} r="4" />
              ))}
              {last ? (
                <text x={Math.min(last.x + 6, BOX.width - 4)} y={last.y} dominantBaseline="middle" className="chart-label" textAnchor={last.x > BOX.width - 90 ? 'end' : 'start'}>
                  {g.series.length > 1 ? s.label : fmt(last.value)}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      </div>
      {/* Focusable so that keyboard users can scroll a wide table. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{yearLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                  {unit ? ` (${unit})` : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {series.map((s) => {
                  const p = s.points.find((q) => q.x === year)
                  return <td key={s.key}>{p ? fmt(p.y) : '–'}</td>
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
