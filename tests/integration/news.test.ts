import type { Payload } from 'payload'
import { restClient } from './helpers/rest'
import { bootWorld, PASSWORD, type World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
beforeAll(async () => {
  ;({ payload, cleanup, world } = await bootWorld())
})
afterAll(async () => cleanup?.())

test('providers never write news; editors write their own town’s', async () => {
  const api = await restClient(payload.config)
  const provider = await api.login('provider-a@test.example', PASSWORD)
  const editor = await api.login('editor1@test.example', PASSWORD)
  const asProvider = await api.request('POST', '/news', { token: provider, json: { title: 'Werbung', municipality: world.towns.town1 } })
  expect(asProvider.status).toBe(403)
  const asEditor = await api.request<{ doc: { id: string } }>('POST', '/news', {
    token: editor,
    json: { title: 'Neues Sprachcafé', municipality: world.towns.town1, _status: 'published' },
  })
  expect(asEditor.status).toBe(201)
  const update = await api.request('PATCH', `/news/${asEditor.body.doc.id}`, { token: provider, json: { title: 'x' } })
  expect(update.status).toBe(403)
  const otherTown = await api.request('POST', '/news', { token: editor, json: { title: 'x', municipality: world.towns.town2 } })
  expect(otherTown.status).toBe(400)
})

test('a scheduled item appears after its time, when the job runner runs', async () => {
  const draft = await payload.create({
    collection: 'news',
    overrideAccess: true,
    draft: true,
    data: { title: 'Frauenfrühstück im Mai', municipality: world.towns.town1, _status: 'draft' } as never,
  })
  const visible = async () => (await payload.find({ collection: 'news', overrideAccess: false, where: { id: { equals: draft.id } } })).totalDocs
  expect(await visible()).toBe(0)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) }, user: { relationTo: 'users', value: world.users.editor1 } } as never,
    waitUntil: new Date(Date.now() + 1500),
  })
  await payload.jobs.run({ queue: 'default' })
  expect(await visible()).toBe(0) // not yet due
  await new Promise((r) => setTimeout(r, 1700))
  await payload.jobs.run({ queue: 'default' })
  expect(await visible()).toBe(1)
})
