/**
 * A town's outline and districts for the server-drawn results map: GeoJSON as the admin
 * uploads it (a FeatureCollection of Polygon / MultiPolygon features, WGS 84 longitude-latitude).
 * Checked here, one rule at a time, so the admin can say which rule failed.
 */
export type Ring = [number, number][]

export interface TownShape {
  /** Outer rings and holes, per polygon. */
  polygons: Ring[][]
  name: string | null
  /** "outline" for the town's border, else a district. */
  kind: 'outline' | 'district'
}

export interface TownShapes {
  shapes: TownShape[]
  /** The demo's shapes are drawn by hand: the map says so. */
  illustrative: boolean
}

export const MAX_SHAPES_BYTES = 300_000
export const MAX_SHAPE_FEATURES = 60

export type ShapesProblem = 'notCollection' | 'tooLarge' | 'tooMany' | 'geometry' | 'coordinates'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function ring(v: unknown): Ring | null {
  if (!Array.isArray(v) || v.length < 4) return null
  const out: Ring = []
  for (const p of v) {
    if (!Array.isArray(p) || p.length < 2) return null
    const [lon, lat] = p
    if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) return null
    out.push([lon, lat])
  }
  return out
}

function polygon(v: unknown): Ring[] | null {
  if (!Array.isArray(v) || !v.length) return null
  const rings = v.map(ring)
  return rings.every((r): r is Ring => r !== null) ? rings : null
}

/** The shapes, or which rule the value breaks. Empty values are fine (no shapes). */
export function parseTownShapes(value: unknown): { ok: true; value: TownShapes | null } | { ok: false; problem: ShapesProblem; feature?: number } {
  if (value === null || value === undefined || value === '') return { ok: true, value: null }
  if (JSON.stringify(value).length > MAX_SHAPES_BYTES) return { ok: false, problem: 'tooLarge' }
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) return { ok: false, problem: 'notCollection' }
  if (value.features.length > MAX_SHAPE_FEATURES) return { ok: false, problem: 'tooMany' }
  const shapes: TownShape[] = []
  for (const [i, f] of value.features.entries()) {
    const geometry = isObject(f) ? f.geometry : null
    if (!isObject(f) || f.type !== 'Feature' || !isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      return { ok: false, problem: 'geometry', feature: i + 1 }
    }
    const polygons = geometry.type === 'Polygon' ? [polygon(geometry.coordinates)] : Array.isArray(geometry.coordinates) ? geometry.coordinates.map(polygon) : [null]
    if (!polygons.length || !polygons.every((p): p is Ring[] => p !== null)) return { ok: false, problem: 'coordinates', feature: i + 1 }
    const props = isObject(f.properties) ? f.properties : {}
    shapes.push({ polygons, name: typeof props.name === 'string' ? props.name : null, kind: props.kind === 'outline' ? 'outline' : 'district' })
  }
  const illustrative = value.illustrative === true || (isObject(value.properties) && value.properties.illustrative === true)
  return { ok: true, value: { shapes, illustrative } }
}
