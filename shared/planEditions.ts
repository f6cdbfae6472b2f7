/**
 * Editions of the plan (Fortschreibungen): a snapshot of what the plan said on a date, and
 * what changed between two of them.
 */
export interface SnapshotMeasure {
  id: string
  slug: string
  title: Record<string, string | null>
  actionField: string | null
  status: string
  progress: number
}

export interface SnapshotIndicator {
  id: string
  slug: string
  name: Record<string, string | null>
  unit: string | null
  /** Town-wide values by year (district and group splits are not compared). */
  values: Record<string, number>
}

export interface PlanSnapshot {
  measures: SnapshotMeasure[]
  indicators: SnapshotIndicator[]
}

export interface EditionDiff {
  added: SnapshotMeasure[]
  removed: SnapshotMeasure[]
  statusChanged: { measure: SnapshotMeasure; from: string; to: string }[]
  progressChanged: { measure: SnapshotMeasure; from: number; to: number }[]
  indicatorValues: { indicator: SnapshotIndicator; year: string; from: number | null; to: number | null }[]
}

/** What changed from edition `a` to edition `b` (measures by id, indicators by id and year). */
export function diffEditions(a: PlanSnapshot, b: PlanSnapshot): EditionDiff {
  const before = new Map(a.measures.map((m) => [m.id, m]))
  const after = new Map(b.measures.map((m) => [m.id, m]))
  const diff: EditionDiff = { added: [], removed: [], statusChanged: [], progressChanged: [], indicatorValues: [] }
  for (const m of b.measures) {
    const old = before.get(m.id)
    if (!old) diff.added.push(m)
    else {
      if (old.status !== m.status) diff.statusChanged.push({ measure: m, from: old.status, to: m.status })
      if (old.progress !== m.progress) diff.progressChanged.push({ measure: m, from: old.progress, to: m.progress })
    }
  }
  for (const m of a.measures) if (!after.has(m.id)) diff.removed.push(m)
  const oldIndicators = new Map(a.indicators.map((i) => [i.id, i]))
  for (const indicator of b.indicators) {
    const old = oldIndicators.get(indicator.id)
    const years = [...new Set([...Object.keys(old?.values ?? {}), ...Object.keys(indicator.values)])].sort()
    for (const year of years) {
      const from = old?.values[year] ?? null
      const to = indicator.values[year] ?? null
      if (from !== to) diff.indicatorValues.push({ indicator, year, from, to })
    }
  }
  return diff
}

/** True when nothing changed. */
export function isEmptyDiff(d: EditionDiff): boolean {
  return !d.added.length && !d.removed.length && !d.statusChanged.length && !d.progressChanged.length && !d.indicatorValues.length
}
