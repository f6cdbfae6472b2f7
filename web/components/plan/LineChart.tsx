import { type ChartBox, chartGeometry, type Series } from '@shared/chart'
import { CHART_FONT, MARKER_R, placeChartLabels, rightMarginFor, yearTickX } from '@shared/chartLabels'
import { useTranslations } from '@web/i18n/translations'
import { Sentence } from '@web/components/BidiText'
import { composeWith } from '@web/lib/compose'
import { formatNumber, formatYear } from '@web/lib/format'

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

const BASE: ChartBox = { width: 480, height: 280, margin: { top: 16, right: 24, bottom: 32, left: 48 } }

/**
 * An accessible line chart drawn on the server: an SVG with a title and description for
 * screen readers, direct labels instead of a colour-only legend, and the same numbers as a
 * table right below (the table is the chart for anyone who cannot see it).
 */
export function LineChart({ id, title, description, series, target, unit, locale, yearLabel }: Props) {
  const fmt = (n: number) => formatNumber(n, locale, 1)
  const compose = composeWith(useTranslations('Compose'))
  // One line is labelled with its latest value, several with their names (no colour-only legend).
  const endTexts = series.map((s) => (series.length > 1 ? s.label : fmt([...s.points].sort((a, b) => a.x - b.x).at(-1)?.y ?? 0)))
  const BOX: ChartBox = { ...BASE, margin: { ...BASE.margin, right: rightMarginFor(endTexts, BASE) } }
  const g = chartGeometry(series, BOX, target?.value ?? null)
  if (!g.series.length) return null
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b)
  const labels = placeChartLabels(g, BOX, endTexts, target?.label ?? null)
  // Centred in its box: right-to-left text would grow leftwards from a "start" anchor. Text in
  // another script than Latin is drawn at exactly the width its box was placed with (the width
  // estimate is least sure for Arabic shaping and fall-back fonts), so it cannot reach a line.
  const labelText = (l: (typeof labels)[number]) => (
    <text
      key={`label-${l.series ?? 'target'}`}
      x={l.x + l.width / 2}
      y={l.y + l.height / 2}
      textAnchor="middle"
      dominantBaseline="central"
      className={l.series === null ? 'chart-target-label' : `chart-label series-${l.series % 6}`}
      fontSize={CHART_FONT}
      {...(/(?!\p{Script=Latin})\p{L}/u.test(l.text) ? { textLength: l.width - 4, lengthAdjust: 'spacingAndGlyphs' } : {})}
    >
      {l.text}
    </text>
  )
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        <Sentence text={title} />
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
          <text key={tick.value} className="chart-axis" x={yearTickX(tick.x, formatYear(tick.value, locale), BOX)} y={BOX.height - 12} textAnchor="middle">
            {formatYear(tick.value, locale)}
          </text>
        ))}
        {g.target ? (
          <g className="chart-target">
            <line x1={BOX.margin.left} x2={BOX.width - BOX.margin.right} y1={g.target.y} y2={g.target.y} />
          </g>
        ) : null}
        {g.series.map((s, i) => (
          <g key={s.key} className={`chart-series series-${i % 6}`}>
            <path d={s.path} />
            {s.coords.map((c) => (
              <circle key={c.year} cx={c.x} cy={c.y} r={MARKER_R} />
            ))}
          </g>
        ))}
        {/* Labels last, so that nothing is drawn over them. */}
        {labels.map(labelText)}
      </svg>
      </div>
      {target && !labels.some((l) => l.series === null) ? <p className="chart-target-note">{target.label}</p> : null}
      {/* Focusable so that keyboard users can scroll a wide table. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="data-table">
          <caption className="visually-hidden">
            <Sentence text={title} />
          </caption>
          <thead>
            <tr>
              <th scope="col">{yearLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  <Sentence text={compose.headingUnit(s.label, unit)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row" className="num">
                  {formatYear(year, locale)}
                </th>
                {series.map((s) => {
                  const p = s.points.find((q) => q.x === year)
                  return (
                    <td key={s.key} className="num">
                      {p ? fmt(p.y) : '–'}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
