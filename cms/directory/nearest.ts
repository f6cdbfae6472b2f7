import { distanceKm, type LatLng } from '@shared/geo'
import type { IndexedService } from './indexEntries'
import { inResultOrder, type TownIndex } from './townIndex'

export interface Ranked {
  service: IndexedService
  /** To the service's nearest place (km). */
  distance: number
}

const byDistance = (a: Ranked, b: Ranked) => a.distance - b.distance || inResultOrder(a.service, b.service)

/**
 * "Near me" without measuring every service: the index's grid hands out the cells around the
 * point, nearest first. Services are measured (to their nearest place) only until `count` of
 * them are known to be nearer than anything in the cells still to come; the remaining cells
 * within the radius are only counted, and a cell wholly inside the radius without measuring.
 * Returns the total and, nearest first, at least the first `count` services (all when fewer).
 */
export function nearest(index: TownIndex, point: LatLng, radiusKm: number, accepts: (service: IndexedService) => boolean, count: number) {
  const seen = new Set<IndexedService>()
  let ranked: Ranked[] = []
  let measuring = true
  let total = 0
  for (const cell of index.near(point, radiusKm)) {
    if (measuring && ranked.length >= count) {
      ranked = ranked.sort(byDistance).slice(0, count)
      measuring = (ranked[count - 1]?.distance ?? Infinity) >= cell.minKm
    }
    for (const location of cell.items) {
      if (!cell.inside && distanceKm(point, location) > radiusKm) continue
      for (const service of index.servicesAt(location.id)) {
        if (seen.has(service)) continue
        seen.add(service)
        if (!accepts(service)) continue
        total++
        if (measuring) ranked.push({ service, distance: distanceToNearestPlace(index, service, point) })
      }
    }
  }
  return { total, ranked: ranked.sort(byDistance) }
}

function distanceToNearestPlace(index: TownIndex, service: IndexedService, point: LatLng): number {
  let nearestKm = Infinity
  for (const row of service.locations) {
    const place = index.locations.get(row.id)
    if (place) nearestKm = Math.min(nearestKm, distanceKm(point, place))
  }
  return nearestKm
}
