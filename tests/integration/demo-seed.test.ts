import type { Payload } from 'payload'
import { DEFAULT_DEMO_PASSWORD, DEMO_LOGINS } from '@cms/seed/demoLogins'
import { seedDemoIfEmpty } from '@cms/seed/seedDemoIfEmpty'
import { normalizeForSearch } from '@shared/search'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

let payload: Payload
let cleanup: () => Promise<void>
let usersBeforeSeed = -1
let seeded = false
let seedSeconds = 0
beforeAll(async () => {
  delete process.env.SEED_DEMO
  delete process.env.DEMO_PASSWORD
  ;({ payload, cleanup } = await bootPayload())
  usersBeforeSeed = await users()
  const started = Date.now()
  seeded = await seedDemoIfEmpty(payload)
  seedSeconds = (Date.now() - started) / 1000
}, 240000)
afterAll(async () => cleanup?.())

const users = async () => (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs

test('no account exists unless the demo seed runs', async () => {
  expect(usersBeforeSeed).toBe(0)
  expect(seeded).toBe(true)
  console.log(`demo seed took ${seedSeconds.toFixed(1)} s`)
})

test('the demo seed creates two towns, organisations in both and the contract logins', async () => {
  const towns = await payload.find({ collection: 'municipalities', overrideAccess: true, depth: 0 })
  expect(towns.docs.map((t) => t.kind).sort()).toEqual(['city', 'district'])
  for (const town of towns.docs) {
    const orgs = await payload.count({ collection: 'organizations', where: { municipality: { equals: town.id } }, overrideAccess: true })
    expect(orgs.totalDocs).toBeGreaterThanOrEqual(2)
  }
  expect(DEMO_LOGINS.filter((l) => l.role === 'admin')).toHaveLength(1)
  for (const town of towns.docs) {
    const ofTown = DEMO_LOGINS.filter((l) => l.town === town.slug)
    expect(ofTown.filter((l) => l.role === 'editor')).toHaveLength(1)
    expect(new Set(ofTown.filter((l) => l.role === 'provider').map((l) => l.organization)).size).toBeGreaterThanOrEqual(2)
  }
})

test('every demo login works with the default password and has its role', async () => {
  const api = await restClient(payload.config)
  for (const login of DEMO_LOGINS) {
    const token = await api.login(login.email, DEFAULT_DEMO_PASSWORD)
    const me = await api.request<{ user: { role: string } }>('GET', '/users/me', { token })
    expect([login.email, me.body.user.role]).toEqual([login.email, login.role])
  }
})

test('localized demo texts exist in de, en, ar and uk', async () => {
  const { docs } = await payload.find({ collection: 'organizations', overrideAccess: true, locale: 'all', limit: 100 })
  for (const org of docs) {
    const description = org.description as unknown as Record<string, string>
    for (const locale of ['de', 'en', 'ar', 'uk']) expect([org.slug, locale, Boolean(description[locale])]).toEqual([org.slug, locale, true])
  }
})

test('seeding again changes nothing', async () => {
  const before = await users()
  expect(await seedDemoIfEmpty(payload)).toBe(false)
  expect(await users()).toBe(before)
})

test('the demo directory: at least 40 services from 15 organisations in both towns, in de, en, ar and uk', async () => {
  const services = await payload.find({ collection: 'services', overrideAccess: true, locale: 'all', pagination: false, depth: 0 })
  expect(services.totalDocs).toBeGreaterThanOrEqual(40)
  const orgs = new Set(services.docs.map((s) => String(s.organization)))
  expect(orgs.size).toBeGreaterThanOrEqual(15)
  expect(new Set(services.docs.map((s) => String(s.municipality))).size).toBe(2)
  for (const s of services.docs) {
    const title = s.title as unknown as Record<string, string>
    expect([s.slug, ['de', 'en', 'ar', 'uk'].every((l) => Boolean(title[l]))]).toEqual([s.slug, true])
    expect(s.searchText).toContain(normalizeForSearch(String(title.de)))
  }
  const locations = await payload.find({ collection: 'locations', overrideAccess: true, pagination: false, depth: 0 })
  for (const l of locations.docs) expect(l.hours?.slots?.length).toBeGreaterThan(0)
})

test('the demo guide: a "First steps" tree of at least 13 pages in six languages, linked to services', async () => {
  const pages = await payload.find({ collection: 'pages', overrideAccess: true, locale: 'all', pagination: false, depth: 0 })
  expect(pages.totalDocs).toBeGreaterThanOrEqual(13)
  expect(pages.docs.filter((p) => !p.parent)).toHaveLength(1)
  for (const p of pages.docs) {
    const title = p.title as unknown as Record<string, string>
    const body = p.body as unknown as Record<string, unknown>
    for (const locale of ['de', 'de-x-ls', 'en', 'ar', 'uk', 'fa']) {
      expect([p.slug, locale, Boolean(title[locale]) && Boolean(body[locale])]).toEqual([p.slug, locale, true])
    }
  }
  expect(pages.docs.some((p) => (p.relatedServices as unknown[] | null)?.length)).toBe(true)
})
