/**
 * The portal's one response cache (web/server.mjs) as a reader and an editor meet it: the
 * second reader gets the stored page, a publish is on the very next request, the address that
 * answered 404 answers with the new page, views are counted for cached pages too, and logins
 * and search words never touch the cache. Freshness is polled with a generous timeout; how
 * fast it is, is measured in bench/.
 */
import { api, apiToken, eventually } from './helpers/admin'
import { BASE_URL } from './helpers/browser'

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${BASE_URL}${path}`, { headers: { 'accept-encoding': 'gzip, br', ...headers } })
const cacheState = async (path: string, headers: Record<string, string> = {}) => {
  const res = await get(path, headers)
  await res.arrayBuffer()
  return res.headers.get('x-portal-cache')
}

let token: string
let town: string
beforeAll(async () => {
  token = await apiToken('editor@eisenach.example.org')
  const towns = await api(token, 'GET', 'municipalities?where[slug][equals]=eisenach&depth=0')
  town = (towns.json.docs as { id: string }[])[0]?.id ?? ''
})

test('the second request is served from the cache: the same page, compressed, revalidated with its ETag', async () => {
  const path = '/de/eisenach/guide'
  await cacheState(path)
  const res = await get(path)
  const html = await res.text()
  expect(res.status).toBe(200)
  expect(res.headers.get('x-portal-cache')).toBe('HIT')
  expect(res.headers.get('cache-control')).toBe('public, no-cache')
  expect(html).toContain('</html>')
  const plain = await get(path, { 'accept-encoding': 'identity' })
  expect(await plain.text()).toBe(html)
  const again = await get(path, { 'if-none-match': res.headers.get('etag') ?? '' })
  expect(again.status).toBe(304)
})

test('a publish is on the next request: the list shows it, and its address that answered 404 answers with it', async () => {
  const slug = `cache-check-${Date.now()}`
  const title = `Cache check ${slug}`
  const list = '/de/eisenach/news'
  const item = `/de/eisenach/news/${slug}`
  await cacheState(list)
  expect(await cacheState(list)).toBe('HIT')
  const before = await get(item, { 'accept-encoding': 'identity' })
  await before.text()
  expect(before.status).not.toBe(200)

  const created = await api(token, 'POST', 'news?locale=de', { municipality: town, title, slug, lead: 'Neu', _status: 'published' })
  expect(created.status).toBe(201)
  // The first request after the publish already shows it: no waiting for an age limit.
  expect(await eventually(async () => (await (await get(list)).text()).includes(title), 10_000, 100)).toBe(true)
  expect(await eventually(async () => (await get(item)).status === 200, 10_000, 100)).toBe(true)
  expect(await (await get(item)).text()).toContain(title)

  // Taking it down is as quick.
  const id = (created.json.doc as { id: string }).id
  expect((await api(token, 'DELETE', `news/${id}`)).status).toBe(200)
  expect(await eventually(async () => !(await (await get(list)).text()).includes(title), 10_000, 100)).toBe(true)
})

test('a page served three times from the cache counts three views', async () => {
  const list = await (await get('/de/eisenach/services', { 'accept-encoding': 'identity' })).text()
  const path = /href="(\/de\/eisenach\/services\/[a-z0-9-]+)"/.exec(list)?.[1] ?? ''
  expect(path).not.toBe('')
  const below = path.slice('/de'.length)
  // The same page in English: counted under its own key, asked for last (see below).
  const sentinel = `/en${below}`
  const views = async (locale = 'de') => {
    const res = await api(token, 'GET', `page-views?where[path][equals]=${encodeURIComponent(below)}&where[locale][equals]=${locale}&limit=100&depth=0`)
    return (res.json.docs as { count: number }[]).reduce((sum, d) => sum + d.count, 0)
  }
  // Views are summed in memory and written every ten seconds: the first request's view (and any
  // other of this page still in memory) is written with the next batch, which `start` then holds.
  const before = await views()
  await cacheState(path)
  expect(await eventually(async () => (await views()) > before, 30_000, 250)).toBe(true)
  const start = await views()
  for (let i = 0; i < 3; i++) expect(await cacheState(path)).toBe('HIT')
  // A crawler is served too, but not counted.
  expect(await cacheState(path, { 'user-agent': 'Googlebot/2.1' })).toBe('HIT')
  // A view asked for after the crawler is written in the crawler's batch or a later one, and a
  // batch writes its pages in the order they were first asked for: once the English view is
  // written, a counted crawler would be too (the German count then start + 4).
  const sentinelBefore = await views('en')
  await cacheState(sentinel)
  expect(await eventually(async () => (await views('en')) > sentinelBefore && (await views()) >= start + 3, 30_000, 250)).toBe(true)
  expect(await views()).toBe(start + 3)
})

test('logins, client navigations and search words never touch the cache', async () => {
  const path = '/de/eisenach/events'
  await cacheState(path)
  expect(await cacheState(path)).toBe('HIT')
  expect(await cacheState(path, { cookie: 'payload-token=abc' })).not.toBe('HIT')
  expect(await cacheState(path, { authorization: `JWT ${token}` })).not.toBe('HIT')
  await cacheState('/de/eisenach/search?q=deutsch')
  expect(await cacheState('/de/eisenach/search?q=deutsch')).not.toBe('HIT')
  await cacheState('/de/eisenach/services?near=50.97,10.32')
  expect(await cacheState('/de/eisenach/services?near=50.97,10.32')).not.toBe('HIT')
})

test('readers who ask for a page while it is being rendered wait for that one render: one MISS, the rest HITs', async () => {
  // A page nobody has asked for yet since a publish dropped it (the news list in Arabic).
  const path = '/ar/eisenach/news'
  const slug = `coalesce-${Date.now()}`
  const created = await api(token, 'POST', 'news?locale=de', { municipality: town, title: `Coalesce ${slug}`, slug, lead: 'Neu', _status: 'published' })
  expect(created.status).toBe(201)
  // Wait until the publish has dropped the list (it then answers with a fresh render, MISS).
  expect(await eventually(async () => (await cacheState(path)) === 'MISS', 10_000, 100)).toBe(true)
  const id = (created.json.doc as { id: string }).id
  expect((await api(token, 'DELETE', `news/${id}`)).status).toBe(200)
  // Dropped again by the delete: twenty readers at once.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const states = await Promise.all(Array.from({ length: 20 }, () => cacheState(path)))
  expect(states.filter((s) => s === 'MISS')).toHaveLength(1)
  expect(states.filter((s) => s === 'HIT')).toHaveLength(19)
})

test("a town's new map shapes are on the directory's next answer (the app keeps them until the town changes)", async () => {
  const admin = await apiToken('admin@example.org')
  const path = '/de/eisenach/services'
  // An Authorization header that is no login: rendered each time, never from the response cache.
  const outlines = async () => {
    const html = await (await get(path, { authorization: 'Test uncached', 'accept-encoding': 'identity' })).text()
    return (html.match(/class="map-outline"/g) ?? []).length
  }
  const shapes = (await api(admin, 'GET', `municipalities/${town}?depth=0`)).json.mapShapes
  expect(await outlines()).toBeGreaterThan(0) // the demo town has an outline, now kept by the app
  try {
    expect((await api(admin, 'PATCH', `municipalities/${town}`, { mapShapes: null })).status).toBe(200)
    expect(await eventually(async () => (await outlines()) === 0, 10_000, 100)).toBe(true)
  } finally {
    expect((await api(admin, 'PATCH', `municipalities/${town}`, { mapShapes: shapes })).status).toBe(200)
  }
  expect(await eventually(async () => (await outlines()) > 0, 10_000, 100)).toBe(true)
})
