/**
 * Geometry of a line chart drawn on the server as SVG (no client chart library): scales,
 * "nice" ticks and the points of each series. Rendering is web/components/plan/LineChart.tsx.
 */
export interface Series {
  key: string
  label: string
  points: { x: number; y: number }[]
}

export interface ChartBox {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
}

export interface PlottedSeries extends Series {
  coords: { x: number; y: number; value: number; year: number }[]
  path: string
}

export interface ChartGeometry {
  series: PlottedSeries[]
  xTicks: { value: number; x: number }[]
  yTicks: { value: number; y: number }[]
  target: { y: number; value: number } | null
}

/** Round tick steps: 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return []
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1
    min -= pad
    max += pad
  }
  const raw = (max - min) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power) as number
  const first = Math.floor(min / step) * step
  const ticks: number[] = []
  for (let v = first; v <= max + step * 0.5 && ticks.length < 20; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return ticks
}

export function chartGeometry(series: Series[], box: ChartBox, target?: number | null): ChartGeometry {
  const all = series.flatMap((s) => s.points)
  if (!all.length) return { series: [], xTicks: [], yTicks: [], target: null }
  const xs = all.map((p) => p.x)
  const ys = [...all.map((p) => p.y), ...(typeof target === 'number' ? [target] : [])]
  const xMin = Math.min(...xs)
  const xMax = Math.max(...xs)
  // Counts and shares start at zero so that the chart does not exaggerate small changes.
  const yTicks = niceTicks(Math.min(0, ...ys), Math.max(...ys))
  const yMin = yTicks[0] ?? 0
  const yMax = yTicks.at(-1) ?? 1
  const innerW = box.width - box.margin.left - box.margin.right
  const innerH = box.height - box.margin.top - box.margin.bottom
  const sx = (x: number) => box.margin.left + (xMax === xMin ? innerW / 2 : ((x - xMin) / (xMax - xMin)) * innerW)
  const sy = (y: number) => box.margin.top + innerH - ((y - yMin) / (yMax - yMin || 1)) * innerH
  const r = (n: number) => Math.round(n * 10) / 10
  const plotted = series.map((s) => {
    const coords = [...s.points].sort((a, b) => a.x - b.x).map((p) => ({ x: r(sx(p.x)), y: r(sy(p.y)), value: p.y, year: p.x }))
    return { ...s, coords, path: coords.map((c, i) => `${i ? 'L' : 'M'}${c.x},${c.y}`).join(' ') }
  })
  const years = [...new Set(xs)].sort((a, b) => a - b)
  // At most ~8 year labels, so they never overlap on a phone.
  const every = Math.ceil(years.length / 8)
  return {
    series: plotted,
    xTicks: years.filter((_, i) => i % every === 0 || i === years.length - 1).map((value) => ({ value, x: r(sx(value)) })),
    yTicks: yTicks.map((value) => ({ value, y: r(sy(value)) })),
    target: typeof target === 'number' ? { value: target, y: r(sy(target)) } : null,
  }
}
