import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { SQLITE_BUSY_TIMEOUT_MS } from '@cms/database'
import { DATABASE_UNAVAILABLE, RETRY_AFTER_SECONDS } from '@shared/databaseUnavailable'
import { restClient } from './helpers/rest'
import { bootWorld, PASSWORD, type World } from './helpers/world'

/**
 * The API while another connection holds SQLite's write lock (`BEGIN EXCLUSIVE`, as a second
 * process, a backup tool or an admin's sqlite3 shell can): reads go on (WAL), writes and logins
 * answer 503 with Retry-After and a reason in the user's language, no half-written document is
 * left, and once the lock is gone the same write succeeds without a restart. The whole server
 * under this (cache, portal pages, 50 readers) is tests/e2e/outage.test.ts.
 */
let payload: Payload
let world: World
let cleanup: () => Promise<void>
let file: string
let api: Awaited<ReturnType<typeof restClient>>
let token: string
let locker: Client

beforeAll(async () => {
  ;({ payload, world, cleanup, file } = await bootWorld())
  api = await restClient(payload.config)
  token = await api.login('editor1@test.example', PASSWORD)
  locker = createClient({ url: `file:${file}` })
})
afterAll(async () => {
  locker?.close()
  await cleanup?.()
})

const news = (title: string) => ({ municipality: world.towns.town1, title, slug: title.toLowerCase().replace(/\W+/g, '-'), lead: 'Kurz', _status: 'published' })
const titles = async () => (await payload.find({ collection: 'news', where: { municipality: { equals: world.towns.town1 } }, limit: 100, depth: 0, locale: 'de' })).docs.map((d) => d.title)

test('while another connection holds the write lock: reads answer, writes and logins answer 503 with a reason; afterwards the write succeeds', async () => {
  await locker.execute('BEGIN EXCLUSIVE')
  try {
    const read = await api.request<{ docs: unknown[] }>('GET', '/news?limit=1&depth=0', { token })
    expect(read.status).toBe(200)

    const started = Date.now()
    const write = await api.request<{ errors: { message: string; requestId: string; reason: string }[] }>('POST', '/news?locale=de', {
      token,
      json: news('Während der Sperre'),
      headers: { 'Accept-Language': 'de' },
    })
    // Bounded: the busy timeout, not a queue that grows for as long as the lock lasts.
    expect(Date.now() - started).toBeLessThan(SQLITE_BUSY_TIMEOUT_MS + 3000)
    expect(write.status).toBe(503)
    expect(write.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    const [error] = write.body.errors
    expect(error?.reason).toBe(DATABASE_UNAVAILABLE)
    expect(error?.message).toMatch(/vorübergehend nicht erreichbar/)
    expect(error?.requestId).toMatch(/^[\w-]{8,}$/)
    expect(write.headers.get('x-request-id')).toBe(error?.requestId)
    expect(JSON.stringify(write.body)).not.toMatch(/SQLITE|database is locked|insert into/i)

    // A login writes its session: the admin's login form shows the same message.
    const login = await api.request<{ errors: { message: string; reason: string }[] }>('POST', '/users/login', { json: { email: 'editor1@test.example', password: PASSWORD } })
    expect(login.status).toBe(503)
    expect(login.body.errors[0]?.reason).toBe(DATABASE_UNAVAILABLE)
    expect(login.body.errors[0]?.message).toMatch(/vorübergehend nicht erreichbar/)
  } finally {
    await locker.execute('ROLLBACK')
  }
  // Nothing half-written, and the same write now goes through: no restart, no stuck transaction.
  expect(await titles()).not.toContain('Während der Sperre')
  const again = await api.request('POST', '/news?locale=de', { token, json: news('Nach der Sperre') })
  expect(again.status).toBe(201)
  expect(await titles()).toContain('Nach der Sperre')
})
