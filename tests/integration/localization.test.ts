import type { Payload } from 'payload'
import { restClient } from './helpers/rest'
import { bootWorld, type World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
beforeAll(async () => {
  ;({ payload, cleanup, world } = await bootWorld())
})
afterAll(async () => cleanup?.())

test('saving one language never copies another language’s text into it', async () => {
  const doc = await payload.create({
    collection: 'services',
    overrideAccess: true,
    data: { organization: world.orgs.A, title: 'Titel', summary: 'Zusammenfassung', eligibility: 'Alle', kind: 'counselling', _status: 'published' } as never,
  })
  await payload.update({ collection: 'services', id: doc.id, locale: 'ar', overrideAccess: true, data: { title: 'عنوان' } as never })
  const all = (await payload.findByID({ collection: 'services', id: doc.id, locale: 'all', overrideAccess: true })) as unknown as Record<
    string,
    Record<string, string>
  >
  expect(all.title).toEqual({ de: 'Titel', ar: 'عنوان' })
  expect(all.summary?.de).toBe('Zusammenfassung')
  expect(all.summary?.ar ?? null).toBeNull()
  expect(all.eligibility?.ar ?? null).toBeNull()
})

test('REST without ?locale= means the default language, with fallback for missing texts', async () => {
  const api = await restClient(payload.config)
  const token = await api.login('editor1@test.example', 'correct-horse-battery')
  const created = await api.request<{ doc: { id: string; title: string } }>('POST', '/services', {
    token,
    json: { organization: world.orgs.A, title: 'Sprachcafé', kind: 'leisure', _status: 'published' },
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.title).toBe('Sprachcafé')
  // A partial update keeps the stored texts.
  const patched = await api.request<{ doc: { title: string } }>('PATCH', `/services/${created.body.doc.id}`, { token, json: { phone: '03691 123456' } })
  expect(patched.status).toBe(200)
  expect(patched.body.doc.title).toBe('Sprachcafé')
  const ukrainian = await api.request<{ title: string }>('GET', `/services/${created.body.doc.id}?locale=uk`)
  expect(ukrainian.body.title).toBe('Sprachcafé')
})
