/**
 * A grid of latitude/longitude cells for "near me": the places within a radius are found by
 * looking at the cells that overlap it, nearest cell first, instead of measuring the distance
 * to every place. Each cell comes with bounds on the distance of anything in it, so a caller
 * can stop measuring once no unseen place can be nearer than what it already has, and can
 * count the places of cells that lie wholly inside the radius without measuring them at all.
 * (Cells do not wrap around the 180th meridian; a German town never needs them to.)
 */
import { boundingBox, distanceKm, type LatLng } from './geo'

/** 0.02° is about 2.2 km north–south and 1.4 km east–west in Germany: a few hundred places per cell in a dense town. */
const CELL_DEGREES = 0.02
/**
 * The distances below are measured to a cell's corner or to the nearest point of its edges in
 * degrees, which on a sphere is off by far less than this share (and than as many km): widened
 * by it, the bounds hold.
 */
const SLACK = 0.005

export interface NearbyCell<T> {
  items: readonly T[]
  /** Nothing in the cell is nearer than this (km). */
  minKm: number
  /** Whether everything in the cell is within the radius. */
  inside: boolean
}

const cellOf = (degrees: number) => Math.floor(degrees / CELL_DEGREES)
/** One number per cell: rows and columns are both below 20,000 (180° / 0.02° = 9,000). */
const keyOf = (row: number, column: number) => (row + 10_000) * 20_000 + (column + 10_000)

export class GeoGrid<T extends LatLng> {
  // Arrays, not sets: a search walks thousands of cells' items, and arrays are walked fastest.
  readonly #cells = new Map<number, T[]>()

  add(item: T): void {
    const key = keyOf(cellOf(item.latitude), cellOf(item.longitude))
    let cell = this.#cells.get(key)
    if (!cell) this.#cells.set(key, (cell = []))
    cell.push(item)
  }

  /** Removes an item added before (with the same coordinates). */
  remove(item: T): void {
    const key = keyOf(cellOf(item.latitude), cellOf(item.longitude))
    const cell = this.#cells.get(key)
    if (!cell || !removeFrom(cell, item)) return
    if (cell.length === 0) this.#cells.delete(key)
  }

  /** The non-empty cells that may hold items within `radiusKm`, nearest first. */
  near(center: LatLng, radiusKm: number): NearbyCell<T>[] {
    const box = boundingBox(center, radiusKm)
    const found: NearbyCell<T>[] = []
    for (let row = cellOf(box.minLat); row <= cellOf(box.maxLat); row++) {
      for (let column = cellOf(box.minLng); column <= cellOf(box.maxLng); column++) {
        const cell = this.#cells.get(keyOf(row, column))
        if (!cell) continue
        const south = row * CELL_DEGREES
        const west = column * CELL_DEGREES
        const [north, east] = [south + CELL_DEGREES, west + CELL_DEGREES]
        const nearest = { latitude: clamp(center.latitude, south, north), longitude: clamp(center.longitude, west, east) }
        const minKm = Math.max(0, distanceKm(center, nearest) * (1 - SLACK) - SLACK)
        if (minKm > radiusKm) continue
        const corners = [south, north].flatMap((latitude) => [west, east].map((longitude) => distanceKm(center, { latitude, longitude })))
        found.push({ items: cell, minKm, inside: Math.max(...corners) * (1 + SLACK) <= radiusKm })
      }
    }
    return found.sort((a, b) => a.minKm - b.minKm)
  }
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** Takes one item out of a list whose order does not matter (the last takes its place); false if absent. */
export function removeFrom<T>(list: T[], item: T): boolean {
  const at = list.indexOf(item)
  if (at < 0) return false
  list[at] = list[list.length - 1] as T
  list.pop()
  return true
}
