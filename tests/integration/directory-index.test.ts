import type { Payload } from 'payload'
import { publishChange } from '@cms/cache/bus'
import { townIndex } from '@cms/directory/directoryIndex'
import { fingerprintOf, readServices } from '@cms/directory/indexEntries'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
import { buildDirectory } from './helpers/directoryWorld'
import { bootWorld, type World } from './helpers/world'

/**
 * How the directory index stays current: one model, the change bus. Writes are announced per
 * document; every process re-reads what was announced (the other instances hear it through
 * Redis, which is the same listener); nothing is rebuilt. SQLite runs without transactions,
 * so a write announced before its commit (MongoDB) is played here by storing it late.
 */

let payload: Payload
let cleanup: () => Promise<void>
let world: World
let dir: Awaited<ReturnType<typeof buildDirectory>>

beforeAll(async () => {
  ;({ payload, cleanup, world } = await bootWorld())
  dir = await buildDirectory(payload, world)
})
afterAll(async () => cleanup?.())

async function search(query: Record<string, string>) {
  const res = await searchServices(payload, parseDirectoryParams(query), { townID: world.towns.town1, timeZone: 'Europe/Berlin', now: new Date('2026-01-05T09:00:00Z') })
  return res.results.map((r) => r.id)
}

/** What another instance's hook would announce for the service as it is stored now. */
async function announcement(id: string): Promise<string> {
  const indexed = (await readServices(payload, [id])).get(id)
  return `directory:services:${id}:${fingerprintOf(indexed ?? { town: null, entry: null })}`
}

/** Stores a service's search text where no hook sees it (as another instance, or a transaction not yet committed). */
const storeSearchText = (id: string, searchText: string) => payload.db.updateOne({ collection: 'services', id, data: { searchText } })

describe('the directory index follows the change bus', () => {
  test('a change announced on the bus, as another instance’s hook announces it, is read into the index', async () => {
    const index = await townIndex(payload, world.towns.town1)
    expect(await search({ q: 'zweiteinstanz' })).toEqual([])
    await storeSearchText(dir.services.S2, 'wohnungsberatung zweiteinstanz')
    // The index cannot know yet.
    expect(await search({ q: 'zweiteinstanz' })).toEqual([])
    await publishChange(payload, [await announcement(dir.services.S2)])
    expect(await search({ q: 'zweiteinstanz' })).toEqual([dir.services.S2])
    // The same index, changed in place.
    expect(await townIndex(payload, world.towns.town1)).toBe(index)
  })

  test('announced before it is stored (a hook inside a transaction): read when a later message comes after the commit', async () => {
    const before = await search({ q: 'deutschkurs' })
    // The announcement of a state that is not stored yet.
    await storeSearchText(dir.services.S1, 'deutschkurs vorcommit')
    const announced = await announcement(dir.services.S1)
    await storeSearchText(dir.services.S1, 'deutschkurs')
    await publishChange(payload, [announced, 'town:elsewhere:services'])
    expect(await search({ q: 'vorcommit' })).toEqual([])
    // Still pending: an unrelated message re-reads it, still not stored.
    await publishChange(payload, ['town:elsewhere:news'])
    expect(await search({ q: 'vorcommit' })).toEqual([])
    // The commit, and the portal's cache hooks telling the write once more.
    await storeSearchText(dir.services.S1, 'deutschkurs vorcommit')
    await publishChange(payload, ['town:elsewhere:services'])
    expect(await search({ q: 'vorcommit' })).toEqual([dir.services.S1])
    expect(await search({ q: 'deutschkurs' })).toEqual(before)
  })

  test('a place deleted takes its services out of "near me"; a new topic is found at once', async () => {
    expect(await search({ near: '50.96,10.31' })).toContain(dir.services.S2)
    await payload.delete({ collection: 'locations', id: dir.locations.LA2, overrideAccess: true })
    expect(await search({ near: '50.96,10.31' })).not.toContain(dir.services.S2)

    const topic = await payload.create({ collection: 'topics', overrideAccess: true, data: { municipality: world.towns.town1, slug: 'nachtleben', name: 'Nachtleben' } as never })
    expect(await search({ topic: 'nachtleben' })).toEqual([])
    await payload.update({ collection: 'services', id: dir.services.S3, overrideAccess: true, data: { topics: [topic.id], _status: 'published' } as never })
    expect(await search({ topic: 'nachtleben' })).toEqual([dir.services.S3])
  })
})
