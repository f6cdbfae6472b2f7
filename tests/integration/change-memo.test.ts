import type { Payload } from 'payload'
import { ChangeMemo } from '@cms/cache/changeMemo'
import { publishChange } from '@cms/cache/bus'
import { TOWNS_TAG } from '@shared/cacheTags'
import { bootPayload } from './helpers/payload'

/** The process-wide memo of rarely changing reads (the town by slug), dropped by the change bus. */
let payload: Payload
let cleanup: () => Promise<void>
let memo: ChangeMemo<string | null>
let reads = 0
const load = (value: string | null) => async () => {
  reads++
  return value
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  memo = new ChangeMemo((tag) => tag === TOWNS_TAG)
})
afterAll(async () => {
  memo?.close()
  await cleanup?.()
})
beforeEach(() => {
  reads = 0
})

test('a value is read once, until a change with a matching tag arrives on the bus', async () => {
  expect(await memo.get('eisenach', load('Eisenach'))).toBe('Eisenach')
  expect(await memo.get('eisenach', load('other'))).toBe('Eisenach')
  expect(reads).toBe(1)
  await publishChange(payload, ['town:x:services'])
  expect(await memo.get('eisenach', load('other'))).toBe('Eisenach')
  await publishChange(payload, [TOWNS_TAG])
  expect(await memo.get('eisenach', load('Eisenach (renamed)'))).toBe('Eisenach (renamed)')
  expect(reads).toBe(2)
})

test('a town really renamed through the Local API drops the memo', async () => {
  const town = await payload.create({ collection: 'municipalities', overrideAccess: true, data: { name: 'Memostadt', slug: 'memostadt', defaultLocale: 'de', enabledLocales: ['de'], timeZone: 'Europe/Berlin' } })
  await memo.get('memostadt', load('Memostadt'))
  await payload.update({ collection: 'municipalities', id: town.id, overrideAccess: true, data: { name: 'Memostadt an der Werra' } })
  expect(await memo.get('memostadt', load('Memostadt an der Werra'))).toBe('Memostadt an der Werra')
  expect(reads).toBe(2)
})

test('absent values and failed reads are not remembered', async () => {
  expect(await memo.get('atlantis', load(null))).toBeNull()
  expect(await memo.get('atlantis', load(null))).toBeNull()
  expect(reads).toBe(2)
  await expect(memo.get('broken', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
  expect(await memo.get('broken', load('back'))).toBe('back')
})
