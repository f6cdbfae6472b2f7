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

describe('many keys at once, with a bound', () => {
  const found = (keys: string[]) => new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]))

  test('one read for the keys not kept; absent keys are left out and not remembered', async () => {
    const many = new ChangeMemo<string>((tag) => tag === TOWNS_TAG)
    const asked: string[][] = []
    const read = async (missing: string[]) => {
      asked.push(missing)
      return found(missing)
    }
    expect(await many.getMany(['a', 'b', 'missing'], read)).toEqual(new Map([['a', 'A'], ['b', 'B']]))
    expect(await many.getMany(['b', 'c', 'missing', 'c'], read)).toEqual(new Map([['b', 'B'], ['c', 'C']]))
    expect(asked).toEqual([['a', 'b', 'missing'], ['c', 'missing']])
    await publishChange(payload, [TOWNS_TAG])
    await many.getMany(['a'], read)
    expect(asked.at(-1)).toEqual(['a'])
    await expect(many.getMany(['x'], () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
    expect(await many.getMany(['x'], read)).toEqual(new Map([['x', 'X']]))
    many.close()
  })

  test('beyond `max` the least recently used go first', async () => {
    const small = new ChangeMemo<string>(() => false, { max: 2 })
    let reads = 0
    const read = (value: string) => async () => {
      reads++
      return value
    }
    await small.get('a', read('a'))
    await small.get('b', read('b'))
    await small.get('a', read('a')) // a is now the most recent
    await small.get('c', read('c')) // b goes
    expect(reads).toBe(3)
    await small.get('a', read('a'))
    expect(reads).toBe(3)
    await small.get('b', read('b'))
    expect(reads).toBe(4)
    small.close()
  })
})
