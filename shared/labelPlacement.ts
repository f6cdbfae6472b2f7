/**
 * Where to put a chart's text labels so that none covers another, a line or a marker: each
 * label tries its candidate positions in order of preference and takes the first that is
 * inside the drawing and free. Pure geometry, so the rule can be tested without a browser.
 */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface Circle {
  x: number
  y: number
  r: number
}

export interface Obstacles {
  segments: Segment[]
  circles: Circle[]
  boxes: Box[]
}

export interface LabelRequest {
  width: number
  height: number
  /** Top-left corners to try, best first. */
  candidates: { x: number; y: number }[]
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

/** Liang–Barsky clipping: does any part of the segment lie inside the box? */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return false
  }
  return true
}

export function circleHitsBox(c: Circle, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width))
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height))
  return Math.hypot(c.x - nx, c.y - ny) < c.r
}

/** How many things a box would touch (0 = free). */
export function collisions(box: Box, obstacles: Obstacles): number {
  return (
    obstacles.boxes.filter((b) => boxesOverlap(box, b)).length +
    obstacles.segments.filter((s) => segmentHitsBox(s, box)).length +
    obstacles.circles.filter((c) => circleHitsBox(c, box)).length
  )
}

/**
 * Places labels one after the other (earlier ones win), each at its first free candidate
 * inside `bounds`; placed labels become obstacles for the next. When no candidate is free the
 * label takes the one that touches least, rather than vanishing.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Obstacles, bounds: Box): Box[] {
  const placed: Box[] = []
  for (const r of requests) {
    const all = { ...obstacles, boxes: [...obstacles.boxes, ...placed] }
    let best: Box | null = null
    let bestScore = Infinity
    for (const c of r.candidates) {
      const box = { x: c.x, y: c.y, width: r.width, height: r.height }
      if (!boxInside(box, bounds)) continue
      const score = collisions(box, all)
      if (score < bestScore) {
        best = box
        bestScore = score
        if (score === 0) break
      }
    }
    const fallback = r.candidates[0] ?? { x: bounds.x, y: bounds.y }
    placed.push(best ?? { x: fallback.x, y: fallback.y, width: r.width, height: r.height })
  }
  return placed
}

/**
 * Candidate corners around an anchor point (a line's last point, say): to its right at its
 * height, then stepping up and down, then to its left, then above and below. `gap` keeps the
 * text off the marker.
 */
export function candidatesAround(anchor: { x: number; y: number }, width: number, height: number, gap: number, reach: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = []
  const step = height / 2
  const shifts = [0]
  for (let d = step; d <= reach; d += step) shifts.push(-d, d)
  for (const dy of shifts) out.push({ x: anchor.x + gap, y: anchor.y - height / 2 + dy })
  for (const dy of shifts) out.push({ x: anchor.x - gap - width, y: anchor.y - height / 2 + dy })
  for (const dy of shifts) {
    if (Math.abs(dy) < height / 2 + gap) continue
    out.push({ x: anchor.x - width / 2, y: anchor.y - height / 2 + dy })
  }
  return out
}

/** A generous estimate of a text's drawn width; the browser test checks it against real boxes. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  // Latin lower case ~0.64 em; capitals and other scripts (Arabic, Cyrillic, Ethiopic fall-back fonts) wider.
  for (const ch of text) em += /[0-9.,\s]/.test(ch) ? 0.58 : /[a-zäöüß]/.test(ch) ? 0.64 : 0.76
  return Math.ceil(em * fontSize) + 4
}
