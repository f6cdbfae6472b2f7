import type { TownArea } from './types'

/** Germany's extent: the fallback when nothing better is known (still catches swapped or zero coordinates). */
export const GERMANY: TownArea = { minLat: 47.2, maxLat: 55.1, minLng: 5.8, maxLng: 15.1, source: 'germany' }

/** How far beyond the town's outermost known locations a new one may be. */
export const AREA_MARGIN_KM = 10

/** At least this many known locations before their extent stands for the town's. */
export const MIN_KNOWN_LOCATIONS = 3

/**
 * The area a town's locations must fall into. A town has no stored boundary, so: the box
 * given by the caller (`--bbox`), else the box around the town's existing locations widened
 * by AREA_MARGIN_KM on every side (once it has at least three), else Germany.
 */
export function townArea(points: { latitude: number; longitude: number }[], given?: Omit<TownArea, 'source'> | null): TownArea {
  if (given) return { ...given, source: 'option' }
  if (points.length < MIN_KNOWN_LOCATIONS) return GERMANY
  let minLat = 90
  let maxLat = -90
  let minLng = 180
  let maxLng = -180
  for (const p of points) {
    minLat = Math.min(minLat, p.latitude)
    maxLat = Math.max(maxLat, p.latitude)
    minLng = Math.min(minLng, p.longitude)
    maxLng = Math.max(maxLng, p.longitude)
  }
  const dLat = AREA_MARGIN_KM / 111.32
  const dLng = AREA_MARGIN_KM / (111.32 * Math.max(Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180), 0.01))
  return { minLat: minLat - dLat, maxLat: maxLat + dLat, minLng: minLng - dLng, maxLng: maxLng + dLng, source: 'locations' }
}

export function inArea(area: TownArea, latitude: number, longitude: number): boolean {
  return latitude >= area.minLat && latitude <= area.maxLat && longitude >= area.minLng && longitude <= area.maxLng
}

/** "50.9,10.2,51.05,10.45" (south, west, north, east: min latitude, min longitude, max latitude, max longitude) → an area; null when malformed. */
export function parseBbox(value: string): Omit<TownArea, 'source'> | null {
  const parts = value.split(',').map((p) => Number(p.trim()))
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null
  const [minLat = NaN, minLng = NaN, maxLat = NaN, maxLng = NaN] = parts
  if (minLat >= maxLat || minLng >= maxLng || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || Math.abs(minLng) > 180 || Math.abs(maxLng) > 180) return null
  return { minLat, minLng, maxLat, maxLng }
}

export const describeArea = (a: TownArea): string =>
  `${a.minLat.toFixed(3)},${a.minLng.toFixed(3)} – ${a.maxLat.toFixed(3)},${a.maxLng.toFixed(3)} (${
    { option: 'given', locations: `around the town's locations, +${AREA_MARGIN_KM} km`, germany: 'Germany: the town has fewer than 3 locations' }[a.source]
  })`
