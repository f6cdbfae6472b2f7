import { describe, expect, it } from '@jest/globals'
import { diffEditions, isEmptyDiff, type PlanSnapshot } from '@shared/planEditions'
import { chartGeometry, niceTicks } from '@shared/chart'
import { csvCell, toCsv } from '@shared/csv'
import { meanProgress, rollUpProgress } from '@shared/planProgress'

describe('rollUpProgress', () => {
  it('keeps a leaf’s own progress and weights children for a parent', () => {
    const p = rollUpProgress([
      { id: 'health', parent: null, progress: 0, weight: null },
      { id: 'hospital', parent: 'health', progress: 100, weight: 3 },
      { id: 'care-homes', parent: 'health', progress: 20, weight: 1 },
      { id: 'alone', parent: null, progress: 40, weight: null },
    ])
    expect(p.get('hospital')).toBe(100)
    expect(p.get('health')).toBe(80)
    expect(p.get('alone')).toBe(40)
  })

  it('rolls up over several levels and leaves dropped children out', () => {
    const p = rollUpProgress([
      { id: 'a', parent: null, progress: null, weight: null },
      { id: 'b', parent: 'a', progress: null, weight: 1 },
      { id: 'c', parent: 'b', progress: 50, weight: 1 },
      { id: 'd', parent: 'b', progress: 100, weight: 1 },
      { id: 'e', parent: 'a', progress: 0, weight: 1, status: 'dropped' },
    ])
    expect(p.get('b')).toBe(75)
    expect(p.get('a')).toBe(75)
  })

  it('clamps out-of-range values and survives a cycle', () => {
    const p = rollUpProgress([
      { id: 'x', parent: 'y', progress: 140, weight: 1 },
      { id: 'y', parent: 'x', progress: -5, weight: 1 },
    ])
    expect([...p.values()].every((v) => v >= 0 && v <= 100)).toBe(true)
  })

  it('means a field’s progress without dropped measures', () => {
    expect(meanProgress([{ progress: 100 }, { progress: 50 }, { progress: 0, status: 'dropped' }])).toBe(75)
    expect(meanProgress([])).toBeNull()
  })
})

describe('diffEditions', () => {
  const m = (id: string, status: string, progress: number) => ({ id, slug: id, title: { de: id }, actionField: 'f', status, progress })
  const a: PlanSnapshot = {
    measures: [m('breakfast', 'ongoing', 60), m('website', 'planned', 0), m('fund', 'started', 10)],
    indicators: [{ id: 'i', slug: 'i', name: { de: 'I' }, unit: '%', values: { '2024': 10, '2025': 12 } }],
  }
  const b: PlanSnapshot = {
    measures: [m('breakfast', 'ongoing', 60), m('website', 'completed', 100), m('clubs', 'planned', 0)],
    indicators: [{ id: 'i', slug: 'i', name: { de: 'I' }, unit: '%', values: { '2024': 10, '2025': 13, '2026': 15 } }],
  }

  it('lists added, removed, status, progress and indicator value changes', () => {
    const d = diffEditions(a, b)
    expect(d.added.map((x) => x.id)).toEqual(['clubs'])
    expect(d.removed.map((x) => x.id)).toEqual(['fund'])
    expect(d.statusChanged).toEqual([{ measure: b.measures[1], from: 'planned', to: 'completed' }])
    expect(d.progressChanged.map((x) => [x.measure.id, x.from, x.to])).toEqual([['website', 0, 100]])
    expect(d.indicatorValues.map((x) => [x.year, x.from, x.to])).toEqual([
      ['2025', 12, 13],
      ['2026', null, 15],
    ])
    expect(isEmptyDiff(d)).toBe(false)
    expect(isEmptyDiff(diffEditions(b, b))).toBe(true)
  })
})

describe('chart geometry', () => {
  const box = { width: 600, height: 300, margin: { top: 10, right: 10, bottom: 30, left: 50 } }

  it('makes round ticks that include the data', () => {
    expect(niceTicks(0, 97)).toEqual([0, 20, 40, 60, 80, 100])
    expect(niceTicks(0, 7.3)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(5, 5).length).toBeGreaterThan(1)
  })

  it('places years left to right and higher values higher, from zero', () => {
    const g = chartGeometry([{ key: 'town', label: 'Town', points: [{ x: 2019, y: 10 }, { x: 2018, y: 5 }, { x: 2020, y: 20 }] }], box, 25)
    const [s] = g.series
    expect(s!.coords.map((c) => c.year)).toEqual([2018, 2019, 2020])
    expect(s!.coords[0]!.x).toBe(50)
    expect(s!.coords[2]!.x).toBe(590)
    expect(s!.coords[2]!.y).toBeLessThan(s!.coords[0]!.y)
    expect(g.yTicks[0]!.value).toBe(0)
    expect(g.yTicks[0]!.y).toBe(270)
    expect(g.target!.y).toBeLessThan(s!.coords[2]!.y)
    expect(s!.path.startsWith('M50,')).toBe(true)
  })

  it('draws nothing without data', () => {
    expect(chartGeometry([], box).series).toEqual([])
  })
})

describe('csv', () => {
  it('quotes, escapes and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell(-3.5)).toBe('-3.5')
    expect(csvCell('-1+cmd|x')).toBe("'-1+cmd|x")
    expect(csvCell('-2+HYPERLINK("e")')).toBe(`"'-2+HYPERLINK(""e"")"`)
    expect(csvCell(null)).toBe('')
    expect(toCsv(['a', 'b'], [[1, 'x\ny']])).toBe('\uFEFFa,b\r\n1,"x\ny"\r\n')
  })
})

describe('event params', () => {
  it('ignores dates that date arithmetic cannot handle', async () => {
    const { parseEventParams } = await import('@shared/eventParams')
    expect(parseEventParams({ from: '9999-12-31', to: '2026-02-30' })).toMatchObject({ from: '', to: '' })
    expect(parseEventParams({ from: '2026-12-01', view: 'month' })).toMatchObject({ from: '2026-12-01', view: 'month' })
  })
})
