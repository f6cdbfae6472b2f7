import { toIndexedLocation, toIndexedService, type IndexedLocation, type IndexedService } from '@cms/directory/indexEntries'
import { selectServices } from '@cms/directory/matchService'
import { recentScores, scoreServices } from '@cms/directory/matchWords'
import type { Taxonomy } from '@cms/directory/taxonomy'
import { SearchEngine } from '@shared/searchEngine'
import { nearest } from '@cms/directory/nearest'
import { OpenNow } from '@cms/directory/openNow'
import { combinedOpenState } from '@cms/directory/searchServices'
import type { StoredHours } from '@cms/directory/serviceHours'
import { inResultOrder, TownIndex } from '@cms/directory/townIndex'
import { parseDirectoryParams } from '@shared/directoryParams'
import { parseQuery } from '@shared/searchQuery'
import { distanceKm, type LatLng } from '@shared/geo'
import { DAYS, type Hours, localTime } from '@shared/openingHours'
import { zonedTimeToInstant } from '@shared/recurrence'

/**
 * The index's shortcuts against the plain computations they replace: filters as intersections
 * of sets against testing every service, "near me" through the grid against measuring every
 * service, "open now" through compiled intervals against `combinedOpenState`, on a generated
 * town that changes as it is searched.
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
  const entry = toIndexedService({
    id: `S${id}`,
    organization: pick(['O1', 'O2', 'O3']),
    cost: { type: pick(['free', 'fee']) },
    slug: `angebot-${Math.floor(random() * 5000)}`,
    languages: [...new Set([pick(['de', 'ar', 'uk'] as const), pick(['de', 'fa'] as const)])],
    topics: random() < 0.8 ? [pick(['T1', 'T2', 'T3'])] : [],
    audiences: random() < 0.5 ? [pick(['A1', 'A2'])] : [],
    locations: rows,
    status: random() < 0.9 ? 'active' : 'temporarily-closed',
    validTo: random() < 0.1 ? pick(['2020-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z']) : null,
    title: 'Angebot',
    summary: null,
    searchText: `${pick(['beratung', 'sprachkurs'])} ${pick(['wohnen', 'arbeit'])}`,
  })
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

/** The town's changes between searches: places move or go, services come, change and go. */
function change(index: TownIndex, ids: readonly string[], next: { id: number }) {
  for (let k = 0; k < 20; k++) {
    const id = pick(ids)
    if (random() < 0.2) index.removeLocation(id)
    else index.putLocation({ ...location(0), id })
    index.putService(service(random() < 0.5 ? next.id++ : Math.floor(random() * 1500), ids))
    index.removeService(`S${Math.floor(random() * next.id)}`)
  }
}

describe('the town index', () => {
  test('filters: the intersection of the index’s sets finds what testing every service finds, through changes', () => {
    const { index, ids } = town()
    const next = { id: 2000 }
    const now = new Date('2026-01-05T09:00:00Z')
    for (let round = 0; round < 40; round++) {
      const query = { language: pick(['', 'de', 'fa']), cost: pick(['', 'free']), q: pick(['', 'beratung', 'sprachkurs arbeit']), open: pick(['', 'now']) }
      const f = parseDirectoryParams(query)
      const topics = random() < 0.5 ? new Set([pick(['T1', 'T2']), 'T3']) : null
      const audience = random() < 0.3 ? 'A1' : null
      const district = random() < 0.3 ? 'n' : null
      const organization = random() < 0.2 ? 'O2' : undefined
      // The words through the search engine (the texts here are exact words: no stem, typo or synonym adds any).
      const words = f.q ? index.words.search(parseQuery(f.q, { locales: ['de', 'en'] })) : null
      const { candidates, passes } = selectServices(index, f, { topics, audience, district }, now, organization, words)
      const found = index.ordered.filter((slot) => candidates.has(slot) && passes(slot)).map((slot) => index.serviceAt(slot).id)
      const expected = [...index.services.values()]
        .filter(
          (s) =>
            !(s.validTo && s.validTo < now.toISOString()) &&
            (!f.openNow || s.status === 'active') &&
            (!organization || s.organization === organization) &&
            (!topics || s.topics.some((t) => topics.has(t))) &&
            (!audience || s.audiences.includes(audience)) &&
            (!f.language || s.languages.includes(f.language)) &&
            (!f.free || s.free) &&
            (!district || s.locations.some((row) => index.locations.get(row.id)?.district === district)) &&
            f.q.split(' ').every((word) => s.searchText.includes(word)),
        )
        .sort(inResultOrder)
        .map((s) => s.id)
      expect({ query, ids: found }).toEqual({ query, ids: expected })
      change(index, ids, next)
    }
  })

  test('remembered scores: what scoring afresh gives, through changes to the services and the topics', () => {
    const { index, ids } = town()
    const next = { id: 3000 }
    const taxonomy = (): Taxonomy => ({ topics: new Map(), subTopics: new Map(), audiences: new Map(), districts: new Map(), topicWords: new SearchEngine(), topicIDs: [] })
    let topics = taxonomy()
    for (let round = 0; round < 30; round++) {
      const q = pick(['beratung', 'sprachkurs arbeit', 'wohnen'])
      const units = parseQuery(q, { locales: ['de', 'en'] })
      const first = recentScores(index, topics, units, 'de')
      // Asked again before a change: the same scores, not worked out again.
      expect(recentScores(index, topics, parseQuery(q, { locales: ['de', 'en'] }), 'de')).toBe(first)
      expect({ q, scores: [...first] }).toEqual({ q, scores: [...scoreServices(index, topics, units, 'de')] })
      // Another reader's language is another query.
      expect(recentScores(index, topics, units, 'ar')).not.toBe(first)
      if (round % 3 === 0) change(index, ids, next)
      else if (round % 3 === 1) topics = taxonomy()
    }
  })

  test('remembered scores: the least recently used go first when the scores held would pass the bound', () => {
    const { index } = town()
    const topics: Taxonomy = { topics: new Map(), subTopics: new Map(), audiences: new Map(), districts: new Map(), topicWords: new SearchEngine(), topicIDs: [] }
    const ask = (q: string) => recentScores(index, topics, parseQuery(q, { locales: ['de', 'en'] }), 'de', 1000)
    const [a, b] = [ask('wohnen'), ask('arbeit')]
    expect(a.size + b.size).toBeGreaterThan(1000)
    // Both fit alone, not together: asking for the first again after the second scores it afresh.
    expect(a.size).toBeLessThanOrEqual(1000)
    expect(b.size).toBeLessThanOrEqual(1000)
    expect(ask('arbeit')).toBe(b)
    const again = ask('wohnen')
    expect(again).not.toBe(a)
    expect([...again]).toEqual([...a])
    // More than the bound on its own: scored, never kept.
    const all = recentScores(index, topics, parseQuery('beratung', { locales: ['de', 'en'] }), 'de', 10)
    expect(all.size).toBeGreaterThan(10)
    expect(recentScores(index, topics, parseQuery('beratung', { locales: ['de', 'en'] }), 'de', 10)).not.toBe(all)
  })

  test('near me: the grid gives the same total and order as measuring every service, through changes', () => {
    const { index, ids } = town()
    const next = { id: 2000 }
    for (let round = 0; round < 30; round++) {
      const point = { latitude: 50.97 + (random() - 0.5) * 0.6, longitude: 10.32 + (random() - 0.5) * 0.9 }
      const language = pick(['', 'de', 'ar'])
      const accepts = (s: IndexedService) => !language || s.languages.includes(language)
      const expected = measuredAll(index, point, accepts)
      for (const count of [1, 20, 100, 5000]) {
        const found = nearest(index, point, RADIUS, (slot) => accepts(index.serviceAt(slot)), count)
        expect(found.total).toBe(expected.length)
        const shown = Math.min(count, expected.length)
        expect(found.ranked.slice(0, shown).map((r) => [index.serviceAt(r.slot).id, r.distance])).toEqual(expected.slice(0, shown).map((r) => [r.id, r.distance]))
      }
      change(index, ids, next)
      expect(index.ordered.map((slot) => index.serviceAt(slot))).toEqual([...index.services.values()].sort(inResultOrder))
      expect(index.languagesOffered().sort()).toEqual([...new Set([...index.services.values()].flatMap((s) => s.languages))].sort())
    }
  })

  test('open now: compiled intervals say what combinedOpenState says, and the earliest change, through changes in the same minute', () => {
    const { index, ids } = town()
    const next = { id: 2000 }
    const instants = ['2026-01-05T09:00:00Z', '2026-01-10T00:30:00Z', '2026-03-29T08:30:00Z', '2026-10-25T01:30:00Z', '2026-07-01T21:59:00Z']
    // Each instant twice: the places' states kept for its minute must follow the changes made in between.
    for (const iso of instants.flatMap((i) => [i, i])) {
      change(index, ids, next)
      const now = new Date(iso)
      const open = new OpenNow(index, now, TZ)
      let earliest: string | null = null
      for (const slot of index.ordered) {
        const s = index.serviceAt(slot)
        const places = s.locations.flatMap((row) => {
          const place = index.locations.get(row.id)
          return place ? [{ hours: stored(row.hours ?? place.hours) }] : []
        })
        const state = combinedOpenState(places, now, TZ)
        expect([s.id, open.isOpen(slot)]).toEqual([s.id, state.state === 'open'])
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
