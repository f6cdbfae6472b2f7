import type { ChartBox, ChartGeometry } from './chart'
import { type Box, candidatesAround, collisions, estimateTextWidth, type Obstacles, placeLabels, type Segment } from './labelPlacement'

export const CHART_FONT = 14
const LINE_HEIGHT = Math.ceil(CHART_FONT * 1.3)
/**
 * The box a label takes: Latin text about 1.3 em high; Arabic and Ethiopic fonts (Noto Naskh,
 * Noto Sans Ethiopic) reach higher and lower, and the browser draws their line box about 1.9 em.
 */
export function labelHeight(text: string): number {
  return /(?!\p{Script=Latin})\p{L}/u.test(text) ? Math.ceil(CHART_FONT * 1.9) : LINE_HEIGHT
}
const GAP = 8
export const MARKER_R = 4

export interface PlacedLabel extends Box {
  text: string
  /** Series index, or null for the target line's label. */
  series: number | null
}

/** Room right of the plot for the end-of-line labels (at most 40 % of the chart). */
export function rightMarginFor(texts: string[], box: ChartBox): number {
  const widest = Math.max(0, ...texts.map((t) => estimateTextWidth(t, CHART_FONT)))
  return Math.min(Math.round(box.width * 0.4), Math.max(box.margin.right, widest + GAP + 2))
}

/** The lines and markers a label must not cover: every series' segments and points, and the target line. */
export function chartObstacles(g: ChartGeometry, box: ChartBox): Obstacles {
  const segments: Segment[] = g.series.flatMap((s) =>
    s.coords.slice(1).map((c, i) => {
      const prev = s.coords[i] ?? c
      return { x1: prev.x, y1: prev.y, x2: c.x, y2: c.y }
    }),
  )
  if (g.target) segments.push({ x1: box.margin.left, y1: g.target.y, x2: box.width - box.margin.right, y2: g.target.y })
  const circles = g.series.flatMap((s) => s.coords.map((c) => ({ x: c.x, y: c.y, r: MARKER_R + 1.5 })))
  return { segments, circles, boxes: [] }
}

/**
 * Positions of the chart's labels: each line's label beside its last point (its value when
 * there is one line, its name when there are several), then the target's label along the
 * target line, all inside the drawing above the year axis and clear of lines, markers and
 * each other.
 */
export function placeChartLabels(g: ChartGeometry, box: ChartBox, endTexts: string[], targetText: string | null): PlacedLabel[] {
  const bounds = { x: 0, y: 0, width: box.width, height: box.height - box.margin.bottom + 4 }
  const innerH = box.height - box.margin.top - box.margin.bottom
  const texts: { text: string; series: number | null; width: number; candidates: { x: number; y: number }[] }[] = []
  g.series.forEach((s, i) => {
    const last = s.coords.at(-1)
    const text = endTexts[i]
    if (!last || !text) return
    const width = estimateTextWidth(text, CHART_FONT)
    texts.push({ text, series: i, width, candidates: candidatesAround(last, width, labelHeight(text), GAP, innerH) })
  })
  if (g.target && targetText) {
    const width = estimateTextWidth(targetText, CHART_FONT)
    const candidates: { x: number; y: number }[] = []
    const right = box.width - box.margin.right - width
    for (let x = right; x >= box.margin.left; x -= 12) {
      candidates.push({ x, y: g.target.y - 3 - labelHeight(targetText) }, { x, y: g.target.y + 3 })
    }
    // Else at the end of the dashed line, beside the end-of-line labels.
    candidates.push(...candidatesAround({ x: box.width - box.margin.right, y: g.target.y }, width, labelHeight(targetText), GAP, innerH).filter((c) => c.x > box.width - box.margin.right))
    texts.push({ text: targetText, series: null, width, candidates })
  }
  const obstacles = chartObstacles(g, box)
  const boxes = placeLabels(
    texts.map((t) => ({ width: t.width, height: labelHeight(t.text), candidates: t.candidates })),
    obstacles,
    bounds,
  )
  const placed = texts.map((t, i) => ({ ...(boxes[i] as Box), text: t.text, series: t.series }))
  // The target's label where no place along its line is clear (a crowded chart): left out of the
  // drawing, and the chart shows it as a note below instead (`targetOutside`), never over a line.
  return placed.filter((l) => l.series !== null || collisions(l, { ...obstacles, boxes: placed.filter((o) => o !== l) }) === 0)
}

/** Year labels kept whole inside the drawing: the first and last are moved in when they would be cut. */
export function yearTickX(x: number, text: string, box: ChartBox): number {
  const half = estimateTextWidth(text, CHART_FONT) / 2
  return Math.min(Math.max(x, half + 2), box.width - half - 2)
}
