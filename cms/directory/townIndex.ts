import { GeoGrid, type NearbyCell } from '@shared/geoGrid'
import type { LatLng } from '@shared/geo'
import type { IndexedLocation, IndexedService } from './indexEntries'

/** The directory's order without "near me": by slug (ASCII, so a plain comparison is exact), then ID. */
export function inResultOrder(a: IndexedService, b: IndexedService): number {
  if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * One town's public directory in memory, shaped for the searches it answers: the services
 * kept in result order (a page without "near me" is a slice, never a sort), the services of
 * each place, and the places in a grid by coordinates (cells nearest first for "near me").
 * Every change is one entry in or out; nothing is rebuilt.
 */
export class TownIndex {
  readonly services = new Map<string, IndexedService>()
  readonly locations = new Map<string, IndexedLocation>()
  readonly #ordered: IndexedService[]
  readonly #servicesAt = new Map<string, Set<IndexedService>>()
  readonly #grid = new GeoGrid<IndexedLocation>()

  constructor(services: readonly IndexedService[], locations: readonly IndexedLocation[]) {
    for (const service of services) {
      this.services.set(service.id, service)
      this.#link(service)
    }
    this.#ordered = [...this.services.values()].sort(inResultOrder)
    for (const location of locations) this.putLocation(location)
  }

  /** The services in result order. */
  get ordered(): readonly IndexedService[] {
    return this.#ordered
  }

  /** The services offered at a place. */
  servicesAt(locationID: string): ReadonlySet<IndexedService> {
    return this.#servicesAt.get(locationID) ?? NONE
  }

  /** The places within `radiusKm` (and some beyond), by grid cell, nearest cell first. */
  near(center: LatLng, radiusKm: number): NearbyCell<IndexedLocation>[] {
    return this.#grid.near(center, radiusKm)
  }

  putService(service: IndexedService): void {
    this.removeService(service.id)
    this.services.set(service.id, service)
    this.#link(service)
    this.#ordered.splice(this.#position(service), 0, service)
  }

  removeService(id: string): void {
    const old = this.services.get(id)
    if (!old) return
    this.services.delete(id)
    for (const row of old.locations) this.#servicesAt.get(row.id)?.delete(old)
    this.#ordered.splice(this.#position(old), 1)
  }

  putLocation(location: IndexedLocation): void {
    this.removeLocation(location.id)
    this.locations.set(location.id, location)
    this.#grid.add(location)
  }

  removeLocation(id: string): void {
    const old = this.locations.get(id)
    if (!old) return
    this.locations.delete(id)
    this.#grid.remove(old)
  }

  #link(service: IndexedService): void {
    for (const row of service.locations) {
      let at = this.#servicesAt.get(row.id)
      if (!at) this.#servicesAt.set(row.id, (at = new Set()))
      at.add(service)
    }
  }

  /** Where `service` is or belongs in `#ordered` (binary search). */
  #position(service: IndexedService): number {
    let [low, high] = [0, this.#ordered.length]
    while (low < high) {
      const middle = (low + high) >>> 1
      if (inResultOrder(this.#ordered[middle] as IndexedService, service) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}

const NONE: ReadonlySet<IndexedService> = new Set()
