import type { LatLng } from './geo'

export interface Projected {
  x: number
  y: number
}

export interface Projection {
  project: (p: LatLng) => Projected
  /** Ground distance one drawn unit stands for, for the scale bar. */
  metresPerPx: number
}

const METRES_PER_DEGREE = 111_320

/**
 * Fits points in a width×height box, north up, keeping distances true to scale near the town
 * (longitude shrinks with the cosine of the latitude), with a margin around them. At least
 * `minSpanMetres` are shown, so that one or two close places are not blown up to fill a town.
 */
export function fitProjection(points: LatLng[], width: number, height: number, margin = 24, minSpanMetres = 800): Projection | null {
  if (!points.length) return null
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
  const k = Math.cos((midLat * Math.PI) / 180)
  const minSpan = minSpanMetres / METRES_PER_DEGREE
  const xs = lngs.map((l) => l * k)
  const centreX = (Math.min(...xs) + Math.max(...xs)) / 2
  const centreY = (Math.min(...lats) + Math.max(...lats)) / 2
  const spanX = Math.max(Math.max(...xs) - Math.min(...xs), minSpan)
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), minSpan)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  return {
    project: (p) => ({ x: width / 2 + (p.longitude * k - centreX) * scale, y: height / 2 + (centreY - p.latitude) * scale }),
    metresPerPx: METRES_PER_DEGREE / scale,
  }
}

/** The points alone, placed as `fitProjection` places them. */
export function projectPoints(points: LatLng[], width: number, height: number, margin = 24): Projected[] {
  const projection = fitProjection(points, width, height, margin)
  return projection ? points.map(projection.project) : []
}
