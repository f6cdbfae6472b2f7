import { toIndexedLocation, toIndexedService, type IndexedLocation, type IndexedService } from '@cms/directory/indexEntries'
import { nearest } from '@cms/directory/nearest'
import { OpenNow } from '@cms/directory/openNow'
import { combinedOpenState } from '@cms/directory/searchServices'
import type { StoredHours } from '@cms/directory/serviceHours'
import { inResultOrder, TownIndex } from '@cms/directory/townIndex'
import { distanceKm, type LatLng } from '@shared/geo'
import { DAYS, type Hours, localTime } from '@shared/openingHours'
import { zonedTimeToInstant } from '@shared/recurrence'

/**
 * The index's shortcuts against the plain computations they replace: "near me" through the
 * grid against measuring every service, "open now" through compiled intervals against
 * `combinedOpenState`, on a generated town that changes as it is searched.
 */

const TZ = 'Europe/Berlin'
const RADIUS = 30
let seed = 7
const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296)
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
const time = () => `${String(Math.floor(random() * 24)).padStart(2, '0')}:${pick(['00', '30'])}`
const slots = () => Array.from({ length: Math.floor(random() * 4) }, () => ({ day: pick(DAYS), opens: time(), closes: time() }))

function location(id: number): IndexedLocation {
  // Around Eisenach, a good part farther than the radius.
  const doc = { id: `L${id}`, latitude: 50.97 + (random() - 0.5) * 0.8, longitude: 10.32 + (random() - 0.5) * 1.2, district: pick(['n', 's']), hours: { slots: slots(), closedDates: random() < 0.2 ? [{ date: '2026-01-05' }] : [] } }
  const entry = toIndexedLocation(doc)
  if (!entry) throw new Error('a generated place has coordinates')
  return entry
}

function service(id: number, locationIDs: readonly string[]): IndexedService {
  const rows = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ location: pick(locationIDs), ownHours: random() < 0.15, hours: { slots: slots() } }))
  // Slugs collide on purpose now and then: the ID breaks the tie.
  const entry = toIndexedService({ id: `S${id}`, organization: 'O1', cost: { type: 'free' }, slug: `angebot-${Math.floor(random() * 5000)}`, languages: [pick(['de', 'ar', 'uk'])], locations: rows, status: 'active' })
  if (!entry) throw new Error('an active service is indexed')
  return entry
}

/** combinedOpenState reads hours as stored; the index keeps them normalised. */
const stored = (hours: Hours | null): StoredHours | null => hours && { slots: hours.slots, closedDates: (hours.closedDates ?? []).map((date) => ({ date })), closure: hours.closure ?? undefined }

/** "Near me" by measuring every service: the order the grid must give. */
function measuredAll(index: TownIndex, point: LatLng, accepts: (s: IndexedService) => boolean) {
  return [...index.services.values()]
    .filter(accepts)
    .map((s) => ({ id: s.id, service: s, distance: Math.min(...s.locations.flatMap((r) => (index.locations.get(r.id) ? [distanceKm(point, index.locations.get(r.id) as IndexedLocation)] : []))) }))
    .filter((r) => r.distance <= RADIUS)
    .sort((a, b) => a.distance - b.distance || inResultOrder(a.service, b.service))
}

function town() {
  const locations = Array.from({ length: 300 }, (_, i) => location(i))
  const ids = locations.map((l) => l.id)
  const services = Array.from({ length: 1500 }, (_, i) => service(i, ids))
  return { index: new TownIndex(services, locations), ids }
}

describe('the town index', () => {
  test('near me: the grid gives the same total and order as measuring every service, through changes', () => {
    const { index, ids } = town()
    let next = 2000
    for (let round = 0; round < 30; round++) {
      const point = { latitude: 50.97 + (random() - 0.5) * 0.6, longitude: 10.32 + (random() - 0.5) * 0.9 }
      const language = pick(['', 'de', 'ar'])
      const accepts = (s: IndexedService) => !language || s.languages.includes(language)
      const expected = measuredAll(index, point, accepts)
      for (const count of [1, 20, 100, 5000]) {
        const found = nearest(index, point, RADIUS, accepts, count)
        expect(found.total).toBe(expected.length)
        const shown = Math.min(count, expected.length)
        expect(found.ranked.slice(0, shown).map((r) => [r.service.id, r.distance])).toEqual(expected.slice(0, shown).map((r) => [r.id, r.distance]))
      }
      // Then the town changes: places move or go, services come, change and go.
      for (let k = 0; k < 20; k++) {
        const id = pick(ids)
        if (random() < 0.2) index.removeLocation(id)
        else index.putLocation({ ...location(0), id })
        index.putService(service(random() < 0.5 ? next++ : Math.floor(random() * 1500), ids))
        index.removeService(`S${Math.floor(random() * next)}`)
      }
      expect(index.ordered).toEqual([...index.services.values()].sort(inResultOrder))
    }
  })

  test('open now: compiled intervals say what combinedOpenState says, and the earliest change', () => {
    const { index } = town()
    for (const iso of ['2026-01-05T09:00:00Z', '2026-01-10T00:30:00Z', '2026-03-29T08:30:00Z', '2026-10-25T01:30:00Z', '2026-07-01T21:59:00Z']) {
      const now = new Date(iso)
      const open = new OpenNow(now, TZ)
      let earliest: string | null = null
      for (const s of index.services.values()) {
        const places = s.locations.flatMap((row) => {
          const place = index.locations.get(row.id)
          return place ? [{ hours: stored(row.hours ?? place.hours) }] : []
        })
        const state = combinedOpenState(places, now, TZ)
        expect([s.id, open.isOpen(s, index.locations)]).toEqual([s.id, state.state === 'open'])
        const at = state.state === 'open' ? state.closesAt : state.state === 'closed' ? state.opensAt : null
        if (at && (!earliest || `${at.date} ${at.time}` < earliest)) earliest = `${at.date} ${at.time}`
      }
      expect(earliest).not.toBeNull()
      const [date, clock] = (earliest ?? '').split(' ') as [string, string]
      expect(open.changesAt()).toEqual(zonedTimeToInstant(date, clock, TZ))
      expect(localTime(open.changesAt() ?? now, TZ).date >= localTime(now, TZ).date).toBe(true)
    }
  })
})
