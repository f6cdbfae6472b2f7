import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'
import type { RenderNotes } from '@cms/cache/renderNotes'
import { townCollectionTag } from '@shared/cacheTags'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
import { buildDirectory } from './helpers/directoryWorld'
import { bootWorld, type World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
let dir: Awaited<ReturnType<typeof buildDirectory>>

beforeAll(async () => {
  ;({ payload, cleanup, world } = await bootWorld())
  dir = await buildDirectory(payload, world)
})
afterAll(async () => cleanup?.())

const TZ = 'Europe/Berlin'
async function search(query: Record<string, string>, now = new Date('2026-01-05T09:00:00Z'), pageSize = 20) {
  const res = await searchServices(payload, parseDirectoryParams(query), { townID: world.towns.town1, timeZone: TZ, now, pageSize })
  return { ...res, ids: res.results.map((r) => r.id) }
}

describe('directory search (as the public sees it)', () => {
  test('lists the town’s published, current services only', async () => {
    const res = await search({})
    expect(res.ids.sort()).toEqual([dir.services.S1, dir.services.S2, dir.services.S3].sort())
    expect(res.total).toBe(3)
  })

  test('full text in German, in Arabic, case- and umlaut-insensitive, and by organisation name', async () => {
    expect((await search({ q: 'deutschkurs' })).ids).toEqual([dir.services.S1])
    expect((await search({ q: 'DEUTSCHKURS FUER' })).ids).toEqual([dir.services.S1])
    expect((await search({ q: 'دورة' })).ids).toEqual([dir.services.S1])
    expect((await search({ q: 'org-a' })).ids.sort()).toEqual([dir.services.S1, dir.services.S2].sort())
    // Org B was never published: its name is not public, so it finds nothing (see tests/security).
    expect((await search({ q: 'org-b' })).ids).toEqual([])
    expect((await search({ q: 'kinderbetreuung' })).ids).toEqual([dir.services.S1])
    expect((await search({ q: 'nothing-like-this' })).total).toBe(0)
  })

  test('topic includes its sub-topics', async () => {
    expect((await search({ topic: 'language-education' })).ids.sort()).toEqual([dir.services.S1, dir.services.S3].sort())
    expect((await search({ topic: 'language-courses' })).ids).toEqual([dir.services.S1])
    expect((await search({ topic: 'unknown-topic' })).total).toBe(0)
  })

  test('audience, spoken language, district and cost', async () => {
    expect((await search({ audience: 'women' })).ids).toEqual([dir.services.S1])
    expect((await search({ language: 'ti' })).ids).toEqual([dir.services.S3])
    expect((await search({ language: 'uk' })).ids).toEqual([dir.services.S2])
    expect((await search({ district: 'nord' })).ids.sort()).toEqual([dir.services.S1, dir.services.S3].sort())
    expect((await search({ district: 'west' })).total).toBe(0)
    expect((await search({ cost: 'free' })).ids.sort()).toEqual([dir.services.S1, dir.services.S3].sort())
    expect((await search({ cost: 'free', language: 'ar', district: 'nord', q: 'cafe' })).ids).toEqual([dir.services.S3])
  })

  test('open now, in the town’s time zone', async () => {
    // Monday 10:00 in Berlin (winter time).
    expect((await search({ open: 'now' }, new Date('2026-01-05T09:00:00Z'))).ids).toEqual([dir.services.S1])
    // Saturday 11:00.
    expect((await search({ open: 'now' }, new Date('2026-01-10T10:00:00Z'))).ids).toEqual([dir.services.S2])
    // Monday 07:30: nothing is open.
    expect((await search({ open: 'now' }, new Date('2026-01-05T06:30:00Z'))).total).toBe(0)
  })

  test('open now across midnight: a Friday 20:00–02:00 slot is open on Saturday at 01:30', async () => {
    expect((await search({ open: 'now' }, new Date('2026-01-10T00:30:00Z'))).ids).toEqual([dir.services.S3])
    expect((await search({ open: 'now' }, new Date('2026-01-10T01:30:00Z'))).total).toBe(0)
  })

  test('open now across the daylight-saving change (Sunday 10:00–11:00)', async () => {
    // 29 March 2026, clocks go forward: 10:30 CEST = 08:30 UTC.
    expect((await search({ open: 'now' }, new Date('2026-03-29T08:30:00Z'))).ids).toEqual([dir.services.S3])
    expect((await search({ open: 'now' }, new Date('2026-03-29T09:30:00Z'))).total).toBe(0)
    // 25 October 2026, clocks go back: 10:30 CET = 09:30 UTC.
    expect((await search({ open: 'now' }, new Date('2026-10-25T09:30:00Z'))).ids).toEqual([dir.services.S3])
  })

  test('near a point: nearest first, with distances', async () => {
    const res = await search({ near: '50.96,10.31' })
    expect(res.ids).toEqual([dir.services.S2, dir.services.S1, dir.services.S3])
    const distances = res.results.map((r) => r.distanceKm as number)
    expect(distances[0]).toBeLessThan(0.01)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect((await search({ near: '52.52,13.40' })).total).toBe(0) // Berlin is too far away
  })

  test('pagination with a stable order', async () => {
    const first = await search({}, undefined, 2)
    expect(first.totalPages).toBe(2)
    const second = await search({ page: '2' }, undefined, 2)
    expect(second.ids).toHaveLength(1)
    expect(new Set([...first.ids, ...second.ids]).size).toBe(3)
    // A page past the end shows the last page rather than nothing.
    const beyond = await search({ page: '9' }, undefined, 2)
    expect([beyond.page, beyond.ids]).toEqual([2, second.ids])
  })

  test('results carry what the cards show, in every language', async () => {
    const { results } = await search({ q: 'deutschkurs' })
    const s1 = results[0]
    expect(s1?.title.ar).toBe('دورة ألمانية للنساء')
    expect(s1?.organization?.slug).toBe('org-a')
    expect(s1?.locations[0]?.name).toBe('Beratungszentrum Nord')
    expect(s1?.lastVerifiedAt).toEqual(expect.any(String))
  })
})

describe('the search index follows every change at once', () => {
  test('publishing, editing and deleting a service show up in the next search', async () => {
    const created = await payload.create({
      collection: 'services',
      overrideAccess: true,
      draft: true,
      data: { organization: world.orgs.A, title: 'Fahrradwerkstatt', kind: 'leisure', languages: ['fa'], _status: 'draft' } as never,
    })
    const id = String(created.id)
    expect((await search({ q: 'fahrradwerkstatt' })).total).toBe(0) // a draft is not public
    await payload.update({ collection: 'services', id, overrideAccess: true, data: { _status: 'published' } as never })
    expect((await search({ q: 'fahrradwerkstatt' })).ids).toEqual([id])
    await payload.update({ collection: 'services', id, overrideAccess: true, data: { languages: ['so'], _status: 'published' } as never })
    expect((await search({ language: 'fa', q: 'fahrradwerkstatt' })).total).toBe(0)
    expect((await search({ language: 'so' })).ids).toContain(id)
    // A provider's pending draft does not change what the public finds.
    await payload.update({ collection: 'services', id, overrideAccess: true, draft: true, data: { title: 'Geheim', _status: 'draft' } as never })
    expect((await search({ q: 'geheim' })).total).toBe(0)
    expect((await search({ q: 'fahrradwerkstatt' })).ids).toEqual([id])
    await payload.delete({ collection: 'services', id, overrideAccess: true })
    expect((await search({ q: 'fahrradwerkstatt' })).total).toBe(0)
  })

  test('moving a location moves its services in "near me"', async () => {
    const before = await search({ near: '50.99,10.33' })
    expect(before.ids[0]).toBe(dir.services.S3)
    await payload.update({ collection: 'locations', id: dir.locations.LA1, overrideAccess: true, data: { latitude: 50.995, longitude: 10.335, _status: 'published' } as never })
    expect((await search({ near: '50.995,10.335' })).ids[0]).toBe(dir.services.S1)
  })
})

describe('status and validity', () => {
  test('a temporarily closed service is listed but never "open now"; an expired one is not listed', async () => {
    const monday10 = new Date('2026-01-05T09:00:00Z')
    await payload.update({ collection: 'services', id: dir.services.S2, overrideAccess: true, data: { status: 'temporarily-closed', _status: 'published' } as never })
    expect((await search({ q: 'wohnungsberatung' })).total).toBe(1)
    expect((await search({ open: 'now', q: 'wohnungsberatung' }, new Date('2026-01-10T10:00:00Z'))).total).toBe(0)
    await payload.update({ collection: 'services', id: dir.services.S2, overrideAccess: true, data: { status: 'active', validTo: '2020-01-01T00:00:00.000Z', _status: 'published' } as never })
    expect((await search({ q: 'wohnungsberatung' }, monday10)).total).toBe(0)
  })
})

describe('organisation names in search', () => {
  test('renaming an organisation finds its services under the new name, not the old one', async () => {
    expect((await search({ q: 'org-a' })).total).toBeGreaterThan(0)
    await payload.update({ collection: 'organizations', id: world.orgs.A, overrideAccess: true, data: { name: 'Stadtteilzentrum Sonnenhof', _status: 'published' } as never })
    expect((await search({ q: 'sonnenhof' })).ids).toContain(dir.services.S1)
    const stored = await payload.findByID({ collection: 'services', id: dir.services.S1, overrideAccess: true, depth: 0 })
    expect(stored.searchText).toContain('sonnenhof')
    expect(stored.searchText).not.toContain('org-a')
  })
})

describe('the cards are kept in memory until a write, and the write shows in the next search', () => {
  const store = new AsyncLocalStorage<RenderNotes>()
  const newNotes = (): RenderNotes => ({ tags: new Set(), expiresAt: null, status: null, view: null, uncacheable: false, work: { operations: 0, queries: 0 } })
  /** A search as a page render does it: what it read (Local API operations) and how it tagged the page. */
  async function rendered(query: Record<string, string>) {
    const notes = newNotes()
    const res = await store.run(notes, () => search(query))
    return { res, notes }
  }
  beforeAll(() => {
    globalThis.__integrationPortalRenderNotes = store
  })

  test('a second search reads no document, and still tags the page with what the cards show', async () => {
    await search({ q: 'deutschkurs' })
    const { res, notes } = await rendered({ q: 'deutschkurs' })
    expect(res.results[0]?.organization).not.toBeNull()
    expect(notes.work.operations).toBe(0)
    for (const collection of ['services', 'locations', 'organizations']) expect([...notes.tags]).toContain(townCollectionTag(world.towns.town1, collection))
  })

  test('a new title, place name, organisation name, an unpublished place and a deleted service show at once', async () => {
    const card = async () => (await search({ q: 'deutschkurs' })).results.find((r) => r.id === dir.services.S1)
    expect((await card())?.locations.map((l) => l.name)).toContain('Beratungszentrum Nord')
    await payload.update({ collection: 'services', id: dir.services.S1, overrideAccess: true, locale: 'ar', data: { title: 'دورة لغة', _status: 'published' } as never })
    expect((await card())?.title.ar).toBe('دورة لغة')
    await payload.update({ collection: 'locations', id: dir.locations.LA1, overrideAccess: true, data: { name: 'Beratungszentrum Nordost', _status: 'published' } as never })
    expect((await card())?.locations.map((l) => l.name)).toContain('Beratungszentrum Nordost')
    await payload.update({ collection: 'organizations', id: world.orgs.A, overrideAccess: true, data: { name: 'Familienzentrum Nordost', _status: 'published' } as never })
    expect((await card())?.organization?.name).toBe('Familienzentrum Nordost')
    // Back to a draft: the place is no longer public, and no card shows it.
    await payload.update({ collection: 'locations', id: dir.locations.LA1, overrideAccess: true, data: { _status: 'draft' } as never })
    expect((await card())?.locations.map((l) => l.name) ?? []).not.toContain('Beratungszentrum Nordost')
  })
})
