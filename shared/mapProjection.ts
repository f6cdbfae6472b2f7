import type { LatLng } from './geo'

export interface Projected {
  x: number
  y: number
}

/**
 * Places points in a width×height box, north up, keeping distances true to scale near the
 * town (longitude shrinks with the cosine of the latitude), with a margin around them.
 */
export function projectPoints(points: LatLng[], width: number, height: number, margin = 24): Projected[] {
  if (!points.length) return []
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
  const k = Math.cos((midLat * Math.PI) / 180)
  const xs = lngs.map((l) => l * k)
  const minX = Math.min(...xs)
  const maxY = Math.max(...lats)
  const spanX = Math.max(...xs) - minX || 0.001
  const spanY = maxY - Math.min(...lats) || 0.001
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  const offsetX = (width - spanX * scale) / 2
  const offsetY = (height - spanY * scale) / 2
  return points.map((p, i) => ({ x: offsetX + ((xs[i] as number) - minX) * scale, y: offsetY + (maxY - p.latitude) * scale }))
}
