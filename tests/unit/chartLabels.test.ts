import { chartGeometry, type ChartBox, type Series } from '@shared/chart'
import { chartObstacles, placeChartLabels, rightMarginFor, yearTickX } from '@shared/chartLabels'
import { boxesOverlap, circleHitsBox, placeLabels, segmentHitsBox } from '@shared/labelPlacement'
import { DEMO_INDICATORS } from '@cms/seed/demoPlan'

const BASE: ChartBox = { width: 480, height: 280, margin: { top: 16, right: 24, bottom: 32, left: 48 } }

function chart(series: Series[], target: number | null, targetLabel: string | null) {
  const endTexts = series.map((s) => (series.length > 1 ? s.label : String(s.points.at(-1)?.y ?? '')))
  const box = { ...BASE, margin: { ...BASE.margin, right: rightMarginFor(endTexts, BASE) } }
  const g = chartGeometry(series, box, target)
  return { g, box, labels: placeChartLabels(g, box, endTexts, targetLabel) }
}

function expectClear({ g, box, labels }: ReturnType<typeof chart>) {
  const obstacles = chartObstacles(g, box)
  for (const l of labels) {
    expect(l.x).toBeGreaterThanOrEqual(0)
    expect(l.x + l.width).toBeLessThanOrEqual(box.width)
    expect(l.y).toBeGreaterThanOrEqual(0)
    expect(l.y + l.height).toBeLessThanOrEqual(box.height - box.margin.bottom + 4)
    for (const s of obstacles.segments) expect(segmentHitsBox(s, l)).toBe(false)
    for (const c of obstacles.circles) expect(circleHitsBox(c, l)).toBe(false)
    for (const other of labels) if (other !== l) expect(boxesOverlap(l, other)).toBe(false)
  }
}

describe('geometry predicates', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 }
  it('finds segments that cross, touch inside or miss a box', () => {
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 40, y2: 15 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: 12, y1: 12, x2: 14, y2: 14 }, box)).toBe(true)
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 5 }, box)).toBe(false)
    expect(segmentHitsBox({ x1: 0, y1: 40, x2: 9, y2: 0 }, box)).toBe(false)
  })
  it('finds circles and boxes that overlap', () => {
    expect(circleHitsBox({ x: 5, y: 15, r: 6 }, box)).toBe(true)
    expect(circleHitsBox({ x: 5, y: 5, r: 6 }, box)).toBe(false)
    expect(boxesOverlap(box, { x: 29, y: 19, width: 5, height: 5 })).toBe(true)
    expect(boxesOverlap(box, { x: 30, y: 10, width: 5, height: 5 })).toBe(false)
  })
  it('takes the first free candidate, and the least bad one when none is free', () => {
    const bounds = { x: 0, y: 0, width: 100, height: 100 }
    const [a, b] = placeLabels(
      [
        { width: 10, height: 10, candidates: [{ x: 0, y: 0 }] },
        { width: 10, height: 10, candidates: [{ x: 5, y: 5 }, { x: 200, y: 0 }, { x: 20, y: 0 }] },
      ],
      { segments: [], circles: [], boxes: [] },
      bounds,
    )
    expect(a).toEqual({ x: 0, y: 0, width: 10, height: 10 })
    expect(b).toEqual({ x: 20, y: 0, width: 10, height: 10 })
  })
})

describe('chart labels', () => {
  it('keep the last year inside the drawing', () => {
    const { g, box } = chart([{ key: 'a', label: 'A', points: [2019, 2020, 2021, 2022, 2023, 2024].map((x) => ({ x, y: x - 2000 })) }], null, null)
    const last = g.xTicks.at(-1)
    expect(last?.value).toBe(2024)
    const x = yearTickX(last?.x ?? 0, '2024', box)
    expect(x + 20).toBeLessThanOrEqual(box.width)
  })

  it('crossing lines with a target: no label touches a line, a marker or another label', () => {
    expectClear(
      chart(
        [
          { key: 'n', label: 'Eisenach-Nord', points: [{ x: 2021, y: 40 }, { x: 2022, y: 55 }, { x: 2023, y: 52 }, { x: 2024, y: 61 }] },
          { key: 's', label: 'Südstadt', points: [{ x: 2021, y: 60 }, { x: 2022, y: 50 }, { x: 2023, y: 54 }, { x: 2024, y: 60 }] },
          { key: 'w', label: 'Weststadt', points: [{ x: 2021, y: 20 }, { x: 2022, y: 30 }, { x: 2023, y: 50 }, { x: 2024, y: 62 }] },
        ],
        60,
        'Ziel 2026: 60',
      ),
    )
  })

  it('the demo indicators: labels clear of lines, markers and each other', () => {
    for (const indicator of DEMO_INDICATORS) {
      const values = indicator.values
      const town = values.filter((v) => !v.district && !v.legalGroup)
      if (town.length) {
        const series = [{ key: 'town', label: 'Stadt', points: town.map((v) => ({ x: v.year, y: v.value })) }]
        expectClear(chart(series, indicator.target.value, `Ziel ${indicator.target.year}: ${indicator.target.value}`))
      }
      const districts = [...new Set(values.flatMap((v) => v.district ?? []))]
      if (districts.length) {
        const series = districts.map((d) => ({ key: d, label: d, points: values.filter((v) => v.district === d).map((v) => ({ x: v.year, y: v.value })) }))
        expectClear(chart(series, null, null))
      }
      const groups = [...new Set(values.flatMap((v) => v.legalGroup ?? []))]
      if (groups.length) {
        const series = groups.map((g) => ({ key: g, label: g, points: values.filter((v) => v.legalGroup === g && !v.district).map((v) => ({ x: v.year, y: v.value })) }))
        expectClear(chart(series, null, null))
      }
    }
  })
})
