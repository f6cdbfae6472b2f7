/** Distances and bounding boxes for "near me" (no `point` fields: SQLite cannot store them). */

export interface LatLng {
  latitude: number
  longitude: number
}

const EARTH_RADIUS_KM = 6371.0088

export function isValidLatitude(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= -90 && v <= 90
}

export function isValidLongitude(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= -180 && v <= 180
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLng = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The box that contains every point within `radiusKm` of `center`, for an indexed range query. */
export function boundingBox(center: LatLng, radiusKm: number) {
  const dLat = radiusKm / 111.32
  const dLng = radiusKm / (111.32 * Math.max(Math.cos((center.latitude * Math.PI) / 180), 0.01))
  return {
    minLat: Math.max(-90, center.latitude - dLat),
    maxLat: Math.min(90, center.latitude + dLat),
    minLng: Math.max(-180, center.longitude - dLng),
    maxLng: Math.min(180, center.longitude + dLng),
  }
}

/** Parses "lat,lng" from a URL; null when malformed or out of range. */
export function parseLatLng(value: string | null | undefined): LatLng | null {
  if (!value) return null
  const raw = value.split(',').map((p) => p.trim())
  if (raw.length !== 2 || raw.some((p) => p === '')) return null
  const parts = raw.map(Number)
  const [latitude, longitude] = parts as [number, number]
  return isValidLatitude(latitude) && isValidLongitude(longitude) ? { latitude, longitude } : null
}
