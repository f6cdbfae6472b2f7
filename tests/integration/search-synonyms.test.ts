import type { Payload } from 'payload'
import { deleteOldMisses, flushMisses, MISSES_COLLECTION } from '@cms/directory/searchMisses'
import { searchServices } from '@cms/directory/searchServices'
import { parseDirectoryParams } from '@shared/directoryParams'
import { buildDirectory } from './helpers/directoryWorld'
import { bootWorld, type World } from './helpers/world'

/*
 * What staff change applies on the next search (synonyms, a service's title), and searches
 * that find nothing are counted, except terms that must never be kept.
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

const search = async (q: string, extra: Record<string, string> = {}, locale = 'de') => {
  const res = await searchServices(payload, parseDirectoryParams({ q, ...extra }), { townID: world.towns.town1, timeZone: 'Europe/Berlin', locale })
  return res.results.map((r) => r.id)
}

const misses = async () =>
  (await payload.find({ collection: MISSES_COLLECTION, where: { municipality: { equals: world.towns.town1 } }, depth: 0, pagination: false, overrideAccess: true })).docs.map((d) => [d.locale, d.term, d.count])

describe('synonyms kept in the admin', () => {
  test('a new synonym, a changed one and a removed one apply on the next search', async () => {
    expect(await search('Quasselbude')).toEqual([])
    const synonym = await payload.create({ collection: 'search-synonyms', data: { municipality: world.towns.town1, locale: 'de', term: 'Quasselbude', synonyms: ['Deutschkurs'] }, overrideAccess: true })
    expect(await search('Quasselbude')).toEqual([dir.services.S1])
    // One typo in the term still finds it.
    expect(await search('Quaselbude')).toEqual([dir.services.S1])
    await payload.update({ collection: 'search-synonyms', id: synonym.id, data: { synonyms: ['Wohnungsberatung'] }, overrideAccess: true })
    expect(await search('Quasselbude')).toEqual([dir.services.S2])
    await payload.delete({ collection: 'search-synonyms', id: synonym.id, overrideAccess: true })
    expect(await search('Quasselbude')).toEqual([])
  })

  test('a synonym of one language does not apply to readers of another', async () => {
    const synonym = await payload.create({ collection: 'search-synonyms', data: { municipality: world.towns.town1, locale: 'tr', term: 'barınma', synonyms: ['Wohnungsberatung'] }, overrideAccess: true })
    expect(await search('barınma', {}, 'tr')).toEqual([dir.services.S2])
    expect(await search('barınma', {}, 'ar')).toEqual([])
    await payload.delete({ collection: 'search-synonyms', id: synonym.id, overrideAccess: true })
  })

  test('a synonym term without synonyms is refused with a clear error, nothing half-written', async () => {
    await expect(payload.create({ collection: 'search-synonyms', data: { municipality: world.towns.town1, locale: 'de', term: 'Leer', synonyms: [] }, overrideAccess: true })).rejects.toThrow(/synonyms|Findet auch|Also finds/i)
    expect((await payload.count({ collection: 'search-synonyms', where: { term: { equals: 'Leer' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the index follows writes', () => {
  test('a changed title is found by its new words, stems and typos on the next search', async () => {
    await payload.update({ collection: 'services', id: dir.services.S3, data: { title: 'Nachtcafé und Schachspiele' }, overrideAccess: true })
    expect(await search('Schachspiel')).toEqual([dir.services.S3])
    expect(await search('Schachspiele')).toEqual([dir.services.S3])
    expect(await search('Schachspeile')).toEqual([dir.services.S3])
  })

  test('title above summary: a word in one title ranks that service first', async () => {
    // "Wohnung…" is S2's title; S1 and S3 do not have it at all.
    expect((await search('Wohnungsberatung'))[0]).toBe(dir.services.S2)
  })
})

describe('searches without results', () => {
  test('are counted per town, language, normalised term and day', async () => {
    await search('Schnickschnack')
    await search('SCHNICKSCHNACK ')
    await search('Schnickschnack', {}, 'ar')
    await flushMisses(payload)
    expect((await misses()).filter(([, term]) => term === 'schnickschnack').sort()).toEqual([
      ['ar', 'schnickschnack', 1],
      ['de', 'schnickschnack', 2],
    ])
  })

  test('never with digits, an "@" or over 40 characters; never when a filter, not the words, left nothing', async () => {
    const before = await misses()
    await search('Termin 0361 123456')
    await search('jemand@example.org')
    await search('Zwetschgendatschirezeptesammlungswettbewerbsordnung')
    await search('Deutschkurs', { cost: 'fee', language: 'fa' })
    await flushMisses(payload)
    expect(await misses()).toEqual(before)
  })

  test('rows older than 13 months are deleted by the retention job, newer ones kept', async () => {
    const row = (day: string) => payload.db.create({ collection: MISSES_COLLECTION, data: { key: `${world.towns.town1}|de|${day}|alt`, locale: 'de', term: 'alt', day, count: 1, municipality: world.towns.town1 } })
    await row('2020-01-01')
    await row('2026-11-30')
    const deleted = await deleteOldMisses(payload, new Date('2026-12-05T00:00:00Z'))
    expect(deleted).toBe(1)
    const left = await payload.find({ collection: MISSES_COLLECTION, where: { term: { equals: 'alt' } }, overrideAccess: true, depth: 0 })
    expect(left.docs.map((d) => d.day)).toEqual(['2026-11-30'])
  })
})
