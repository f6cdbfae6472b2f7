import { distanceKm, type LatLng } from '@shared/geo'
import { Bitset } from '@shared/bitset'
import { inResultOrder, type TownIndex } from './townIndex'

export interface Ranked {
  slot: number
  /** To the service's nearest place (km). */
  distance: number
}

/**
 * "Near me" without measuring every service: the index's grid hands out the cells around the
 * point, nearest first. Services are measured (to their nearest place) only until `count` of
 * them are known to be nearer than anything in the cells still to come; the remaining cells
 * within the radius are only counted, and a cell wholly inside the radius without measuring.
 * Returns the total and, nearest first, at least the first `count` services (all when fewer).
 */
export function nearest(index: TownIndex, point: LatLng, radiusKm: number, accepts: (slot: number) => boolean, count: number) {
  const byDistance = (a: Ranked, b: Ranked) => a.distance - b.distance || inResultOrder(index.serviceAt(a.slot), index.serviceAt(b.slot))
  const seen = new Bitset()
  const { severalPlaces } = index
  let ranked: Ranked[] = []
  let measuring = true
  let total = 0
  for (const cell of index.near(point, radiusKm)) {
    if (measuring && ranked.length >= count) {
      ranked = ranked.sort(byDistance).slice(0, count)
      measuring = (ranked[count - 1]?.distance ?? Infinity) >= cell.minKm
    }
    for (const place of cell.items) {
      const distance = measuring || !cell.inside ? distanceKm(point, place) : 0
      if (distance > radiusKm) continue
      const here = index.servicesAt(place.slot)
      for (let i = 0; i < here.length; i++) {
        const slot = here[i] as number
        // Met again only through another of its places: most services have one.
        const several = severalPlaces.has(slot)
        if (several) {
          if (seen.has(slot)) continue
          seen.add(slot)
        }
        if (!accepts(slot)) continue
        total++
        if (measuring) ranked.push({ slot, distance: several ? distanceToNearestPlace(index, slot, point) : distance })
      }
    }
  }
  return { total, ranked: ranked.sort(byDistance) }
}

function distanceToNearestPlace(index: TownIndex, slot: number, point: LatLng): number {
  let nearestKm = Infinity
  for (const placeSlot of index.listedAt(slot).places) {
    const place = index.placeAt(placeSlot)
    if (place) nearestKm = Math.min(nearestKm, distanceKm(point, place))
  }
  return nearestKm
}
