import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { pageTags, tagConcerns, townCollectionTag, TOWNS_TAG, townTag, writeTags, collectionTag } from '@shared/cacheTags'
import { cacheKeyOf, makeEntry, negotiate, ResponseCache } from '@web/lib/responseCache.mjs'

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers })

describe('which requests the cache may answer', () => {
  test('a page, its query sorted', () => {
    expect(cacheKeyOf(req('/de/eisenach/services?topic=a&language=ar'))).toBe('/de/eisenach/services?language=ar&topic=a')
    expect(cacheKeyOf(req('/de/eisenach/services?language=ar&topic=a'))).toBe('/de/eisenach/services?language=ar&topic=a')
    expect(cacheKeyOf(req('/de/eisenach/news/feed.xml', {}, 'HEAD'))).toBe('/de/eisenach/news/feed.xml')
  })
  test.each([
    ['a login', req('/de/eisenach', { cookie: 'a=1; payload-token=xyz' })],
    ['a write', req('/de/eisenach/accessibility/feedback', {}, 'POST')],
    ['a client navigation', req('/de/eisenach', { rsc: '1' })],
    ['a server action', req('/de/eisenach', { 'next-action': 'abc' })],
    ['search words', req('/de/eisenach/search?q=arzt')],
    ['coordinates', req('/de/eisenach/services?near=50.9,10.3')],
    ['the admin', req('/admin')],
    ['the API', req('/api/services')],
    ["Next's files", req('/_next/static/chunks/a.js')],
  ])('never %s', (_, r) => expect(cacheKeyOf(r)).toBeNull())
})

test('the best stored encoding the client accepts', () => {
  expect(negotiate('gzip, deflate, br')).toBe('br')
  expect(negotiate('gzip')).toBe('gzip')
  expect(negotiate('br;q=0, gzip')).toBe('gzip')
  expect(negotiate('deflate')).toBe('identity')
  expect(negotiate(undefined)).toBe('identity')
})

const entry = (body: string, tags: string[], expiresAt: number | null = null) =>
  makeEntry({ status: 200, headers: { 'content-type': 'text/html', 'set-cookie': 'x=1', date: 'now' }, body: Buffer.from(body), tags, expiresAt, view: null })

describe('the response cache', () => {
  test('keeps compressed copies that are the same page, and no per-response headers', async () => {
    const e = await entry('<p>hallo</p>'.repeat(100), ['t'])
    expect(gunzipSync(e.bodies.gzip ?? Buffer.alloc(0)).toString()).toBe('<p>hallo</p>'.repeat(100))
    expect(brotliDecompressSync(e.bodies.br ?? Buffer.alloc(0)).toString()).toBe('<p>hallo</p>'.repeat(100))
    expect(e.headers).toEqual({ 'content-type': 'text/html' })
  })

  test('a write drops exactly the answers carrying its tags', async () => {
    const cache = new ResponseCache()
    cache.set('/a', await entry('a', pageTags('t1', ['services'])), cache.generation)
    cache.set('/b', await entry('b', pageTags('t1', ['news'])), cache.generation)
    cache.set('/c', await entry('c', pageTags('t2', ['services'])), cache.generation)
    expect(cache.invalidate(writeTags('services', ['t1'], 'municipalities'))).toBe(1)
    expect(cache.get('/a')).toBeUndefined()
    expect(cache.get('/b')).toBeDefined()
    expect(cache.get('/c')).toBeDefined()
    // The town's own document: every page of the town, and the list of towns.
    cache.set('/chooser', await entry('towns', [TOWNS_TAG]), cache.generation)
    cache.invalidate(writeTags('municipalities', [], 'municipalities', 't1'))
    expect(cache.get('/b')).toBeUndefined()
    expect(cache.get('/chooser')).toBeUndefined()
    expect(cache.get('/c')).toBeDefined()
  })

  test('a document moved between towns drops both towns’ pages; one without a town drops the collection everywhere', () => {
    expect(writeTags('services', ['t1', 't2'], 'municipalities')).toEqual([townCollectionTag('t1', 'services'), townCollectionTag('t2', 'services')])
    expect(writeTags('users', [], 'municipalities')).toEqual([collectionTag('users')])
    expect(pageTags('t1', ['users'])).toContain(collectionTag('users'))
    expect(pageTags('t1', [])).toEqual([townTag('t1')])
  })

  test('which writes concern a set of collections (the in-memory memos of the directory)', () => {
    const concerns = (tags: string[]) => tags.map((tag) => tagConcerns(tag, ['services', 'locations']))
    expect(concerns([...writeTags('services', ['t1'], 'municipalities'), ...writeTags('locations', [], 'municipalities')])).toEqual([true, true])
    expect(concerns([...writeTags('news', ['t1'], 'municipalities'), ...writeTags('municipalities', [], 'municipalities', 't1'), 'directory:services:x:f'])).toEqual([false, false, false, false])
  })

  test('an answer rendered while a write came in is not stored', async () => {
    const cache = new ResponseCache()
    const started = cache.generation
    cache.invalidate(['anything'])
    expect(cache.set('/a', await entry('a', ['t']), started)).toBe(false)
    expect(cache.get('/a')).toBeUndefined()
  })

  test('an answer that changes with time expires at that instant', async () => {
    const cache = new ResponseCache()
    cache.set('/open-now', await entry('a', ['t'], 1_000), cache.generation)
    expect(cache.get('/open-now', 999)).toBeDefined()
    expect(cache.get('/open-now', 1_000)).toBeUndefined()
  })

  test('stays within its size, dropping the least recently used first', async () => {
    const one = await entry('x'.repeat(1000), ['t'])
    const cache = new ResponseCache({ maxBytes: one.size * 2 })
    cache.set('/1', one, cache.generation)
    cache.set('/2', await entry('x'.repeat(1000), ['t']), cache.generation)
    cache.get('/1')
    cache.set('/3', await entry('x'.repeat(1000), ['t']), cache.generation)
    expect(cache.get('/2')).toBeUndefined()
    expect(cache.get('/1')).toBeDefined()
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes)
  })
})
