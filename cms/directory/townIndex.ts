import { Bitset } from '@shared/bitset'
import { GeoGrid, type NearbyCell, removeFrom } from '@shared/geoGrid'
import type { LatLng } from '@shared/geo'
import type { WeeklyHours } from '@shared/openIntervals'
import { SearchEngine } from '@shared/searchEngine'
import type { IndexedLocation, IndexedService } from './indexEntries'

/** A service's entry with its places as slot numbers (see `TownIndex.placeAt`). */
export interface Listed {
  readonly service: IndexedService
  /** The slots of its places, in the service's order (a slot may be empty: the place is not public). */
  readonly places: Int32Array
  /** Per place, the service's own hours there (null: none valid), or undefined for the place's; null when it has none of its own. */
  readonly ownHours: readonly (WeeklyHours | null | undefined)[] | null
}

/** A place in the grid. */
export interface GridPlace extends LatLng {
  readonly slot: number
}

/** The directory's order without "near me": by slug (ASCII, so a plain comparison is exact), then ID. */
export function inResultOrder(a: IndexedService, b: IndexedService): number {
  if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * One town's public directory in memory, shaped for the searches it answers. Services and
 * places have slot numbers; a search works on those, in arrays, because a search over
 * 100,000 services is bound by memory reads, and reading one object per service costs more
 * than everything else together:
 *
 * - the services in result order (a page without "near me" is a walk that stops counting
 *   nowhere but collects only its page; never a sort);
 * - per filter value (language, topic, audience, free, active) the set of services as bits,
 *   so filters are intersections, not tests of each service;
 * - per place its services, and the places in a grid by coordinates ("near me" looks at the
 *   cells around the point, nearest first);
 * - per service the one place whose hours it keeps, for "open now" without its entry;
 * - the words of the services' texts in the search engine (`words`, by slot).
 *
 * Every change is one entry in or out; nothing is rebuilt.
 */
export class TownIndex {
  readonly services = new Map<string, IndexedService>()
  readonly locations = new Map<string, IndexedLocation>()
  /** Services that are listed at all; `active`: not temporarily closed; `free`: no cost. */
  readonly all = new Bitset()
  readonly active = new Bitset()
  readonly free = new Bitset()
  /** Services with several places (met more than once when walking places). */
  readonly severalPlaces = new Bitset()
  /** Services with an end date (`expiryOf`). */
  readonly expiring = new Bitset()

  readonly #listed: (Listed | null)[] = []
  readonly #serviceSlots = new Map<string, number>()
  readonly #freeSlots: number[] = []
  readonly #ordered: number[]
  /** Per slot, its position in `#ordered`; made on first use after a change (`resultRanks`). */
  #ranks: Int32Array | null = null
  #simplePlace = new Int32Array(1024)
  readonly #expiry = new Map<number, string>()
  /** The services' words, by slot: the search engine of shared/searchEngine.ts. */
  readonly words = new SearchEngine()
  readonly #byLanguage = new Map<string, Bitset>()
  readonly #byTopic = new Map<string, Bitset>()
  readonly #byAudience = new Map<string, Bitset>()
  readonly #byOrganization = new Map<string, Set<number>>()

  /** Place slots are handed out to place IDs on first sight (a service may name a place before it is indexed) and kept. */
  readonly #placeSlots = new Map<string, number>()
  readonly #places: (IndexedLocation | null)[] = []
  readonly #inGrid: (GridPlace | null)[] = []
  /** Per place slot, the slots of the services there. */
  readonly #servicesAt: number[][] = []
  readonly #grid = new GeoGrid<GridPlace>()
  #placesVersion = 0
  #servicesVersion = 0

  constructor(services: readonly IndexedService[], locations: readonly IndexedLocation[]) {
    for (const location of locations) this.putLocation(location)
    for (const service of services) this.#link(service)
    this.#ordered = [...this.#serviceSlots.values()].sort((a, b) => inResultOrder(this.serviceAt(a), this.serviceAt(b)))
  }

  /** The slots of the services, in result order. */
  get ordered(): readonly number[] {
    return this.#ordered
  }

  /** Per slot, its position in result order (how a search orders equal scores); kept until a service changes. */
  resultRanks(): Int32Array {
    if (!this.#ranks) {
      const ranks = new Int32Array(this.slotCount)
      this.#ordered.forEach((slot, i) => (ranks[slot] = i))
      this.#ranks = ranks
    }
    return this.#ranks
  }

  listedAt(slot: number): Listed {
    const listed = this.#listed[slot]
    if (!listed) throw new Error(`No service in slot ${slot}.`)
    return listed
  }

  serviceAt(slot: number): IndexedService {
    return this.listedAt(slot).service
  }

  /** The one place of a service that has one and keeps that place's hours there; -1 otherwise. */
  simplePlaceOf(slot: number): number {
    return this.#simplePlace[slot] ?? -1
  }

  /** One more than the highest slot in use (arrays and loops over slots need this length). */
  get slotCount(): number {
    return this.#listed.length
  }

  /** The end date of a service in `expiring`. */
  expiryOf(slot: number): string | undefined {
    return this.#expiry.get(slot)
  }

  /** The languages at least one service is offered in (for the language filter's choices). */
  languagesOffered(): string[] {
    return [...this.#byLanguage].flatMap(([code, set]) => (set.isEmpty() ? [] : [code]))
  }

  withLanguage(code: string): Bitset | null {
    return this.#byLanguage.get(code) ?? null
  }

  withTopic(id: string): Bitset | null {
    return this.#byTopic.get(id) ?? null
  }

  withAudience(id: string): Bitset | null {
    return this.#byAudience.get(id) ?? null
  }

  ofOrganization(id: string): ReadonlySet<number> {
    return this.#byOrganization.get(id) ?? NO_SLOTS
  }

  /** Changes whenever a place changes (what is computed per place can be kept until then). */
  get placesVersion(): number {
    return this.#placesVersion
  }

  /** How many place slots there are (arrays indexed by place slot need this length). */
  get placeSlotCount(): number {
    return this.#places.length
  }

  /** The public place in a slot, or null. */
  placeAt(slot: number): IndexedLocation | null {
    return this.#places[slot] ?? null
  }

  /** The slots of the services offered at the place in a slot. */
  servicesAt(slot: number): readonly number[] {
    return this.#servicesAt[slot] ?? NO_SERVICES
  }

  /** The places within `radiusKm` (and some beyond), by grid cell, nearest cell first. */
  near(center: LatLng, radiusKm: number): NearbyCell<GridPlace>[] {
    return this.#grid.near(center, radiusKm)
  }

  /** Grows with every service put or removed: what was worked out from the services' words holds until it changes. */
  get servicesVersion(): number {
    return this.#servicesVersion
  }

  putService(service: IndexedService): void {
    this.#servicesVersion++
    this.removeService(service.id)
    const slot = this.#link(service)
    this.#ordered.splice(this.#position(service), 0, slot)
    this.#ranks = null
  }

  removeService(id: string): void {
    const slot = this.#serviceSlots.get(id)
    if (slot === undefined) return
    this.#servicesVersion++
    const { service, places } = this.listedAt(slot)
    this.#ordered.splice(this.#position(service), 1)
    this.#ranks = null
    this.services.delete(id)
    this.#serviceSlots.delete(id)
    this.#listed[slot] = null
    this.words.remove(slot)
    this.#freeSlots.push(slot)
    for (const place of new Set(places)) removeFrom(this.#servicesAt[place] ?? [], slot)
    for (const set of [this.all, this.active, this.free, this.severalPlaces, this.expiring]) set.delete(slot)
    this.#expiry.delete(slot)
    for (const code of service.languages) this.#byLanguage.get(code)?.delete(slot)
    for (const topic of service.topics) this.#byTopic.get(topic)?.delete(slot)
    for (const audience of service.audiences) this.#byAudience.get(audience)?.delete(slot)
    if (service.organization) this.#byOrganization.get(service.organization)?.delete(slot)
  }

  putLocation(location: IndexedLocation): void {
    this.removeLocation(location.id)
    const slot = this.#placeSlotOf(location.id)
    const placed = { latitude: location.latitude, longitude: location.longitude, slot }
    this.locations.set(location.id, location)
    this.#places[slot] = location
    this.#inGrid[slot] = placed
    this.#grid.add(placed)
    this.#placesVersion++
  }

  removeLocation(id: string): void {
    const slot = this.#placeSlots.get(id)
    const placed = slot === undefined ? null : this.#inGrid[slot]
    if (slot === undefined || !placed) return
    this.locations.delete(id)
    this.#places[slot] = null
    this.#inGrid[slot] = null
    this.#grid.remove(placed)
    this.#placesVersion++
  }

  #placeSlotOf(id: string): number {
    let slot = this.#placeSlots.get(id)
    if (slot === undefined) {
      slot = this.#places.length
      this.#placeSlots.set(id, slot)
      this.#places.push(null)
      this.#inGrid.push(null)
      this.#servicesAt.push([])
    }
    return slot
  }

  #link(service: IndexedService): number {
    const slot = this.#freeSlots.pop() ?? this.#listed.length
    const places = Int32Array.from(service.locations, (row) => this.#placeSlotOf(row.id))
    const ownHours = service.locations.some((row) => row.hours) ? service.locations.map((row) => (row.hours ? row.weekly : undefined)) : null
    this.#listed[slot] = { service, places, ownHours }
    this.words.put({ id: slot, title: service.title, summary: service.summary, body: service.searchText })
    this.services.set(service.id, service)
    this.#serviceSlots.set(service.id, slot)
    const distinct = new Set(places)
    for (const place of distinct) this.#servicesAt[place]?.push(slot)
    if (slot >= this.#simplePlace.length) {
      const grown = new Int32Array(this.#simplePlace.length * 2)
      grown.set(this.#simplePlace)
      this.#simplePlace = grown
    }
    this.#simplePlace[slot] = places.length === 1 && !ownHours ? (places[0] as number) : -1
    this.all.add(slot)
    if (service.status === 'active') this.active.add(slot)
    if (service.free) this.free.add(slot)
    if (distinct.size > 1) this.severalPlaces.add(slot)
    if (service.validTo) {
      this.expiring.add(slot)
      this.#expiry.set(slot, service.validTo)
    }
    for (const code of service.languages) bitsetIn(this.#byLanguage, code).add(slot)
    for (const topic of service.topics) bitsetIn(this.#byTopic, topic).add(slot)
    for (const audience of service.audiences) bitsetIn(this.#byAudience, audience).add(slot)
    if (service.organization) {
      const own = this.#byOrganization.get(service.organization) ?? new Set<number>()
      this.#byOrganization.set(service.organization, own.add(slot))
    }
    return slot
  }

  /** Where `service` is or belongs in `#ordered` (binary search). */
  #position(service: IndexedService): number {
    let [low, high] = [0, this.#ordered.length]
    while (low < high) {
      const middle = (low + high) >>> 1
      if (inResultOrder(this.serviceAt(this.#ordered[middle] as number), service) < 0) low = middle + 1
      else high = middle
    }
    return low
  }
}

function bitsetIn(map: Map<string, Bitset>, key: string): Bitset {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Bitset()))
  return set
}

const NO_SERVICES: readonly number[] = []
const NO_SLOTS: ReadonlySet<number> = new Set()
