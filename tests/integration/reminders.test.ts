import { jest } from '@jest/globals'
import type { Payload } from 'payload'
import { buildDirectory } from './helpers/directoryWorld'
import { bootWorld, type World } from './helpers/world'

let payload: Payload
let cleanup: () => Promise<void>
let world: World
let dir: Awaited<ReturnType<typeof buildDirectory>>
beforeAll(async () => {
  ;({ payload, cleanup, world } = await bootWorld())
  dir = await buildDirectory(payload, world)
})
afterAll(async () => cleanup?.())

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

test('the reminder job e-mails each provider its organisation’s stale entries, once', async () => {
  await payload.db.updateOne({ collection: 'services', id: dir.services.S2, data: { lastVerifiedAt: daysAgo(300) } })
  await payload.db.updateOne({ collection: 'services', id: dir.services.S3, data: { lastVerifiedAt: daysAgo(400) } })
  // Ended services are not worth a reminder.
  await payload.db.updateOne({ collection: 'services', id: dir.services.S6, data: { lastVerifiedAt: daysAgo(500) } })
  const sent: { to: string; subject: string; text: string }[] = []
  // The e-mail adapter is the system boundary: record what would go out.
  const spy = jest.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
    sent.push(message as (typeof sent)[number])
    return undefined
  })
  await payload.jobs.queue({ task: 'remindStaleEntries', input: {}, queue: 'reminders' })
  await payload.jobs.run({ queue: 'reminders' })
  spy.mockRestore()

  expect(sent.map((m) => m.to).sort()).toEqual(['provider-a@test.example', 'provider-b@test.example'])
  const toA = sent.find((m) => m.to === 'provider-a@test.example')
  expect(toA?.text).toContain('Wohnungsberatung')
  expect(toA?.text).not.toContain('Deutschkurs')
  expect(toA?.text).toContain(`/admin/collections/services/${dir.services.S2}`)
  expect(toA?.subject).toMatch(/1 /)
  const toB = sent.find((m) => m.to === 'provider-b@test.example')
  expect(toB?.text).toContain('Nachtcafé')

  const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'remindStaleEntries' } } })
  // Completed jobs are removed; nothing may be left waiting or failed.
  expect(jobs.docs.filter((j) => !j.completedAt || j.hasError)).toEqual([])
})

test('a town’s own interval counts: 12 months means a 300-day-old entry is still fine', async () => {
  await payload.update({ collection: 'municipalities', id: world.towns.town1, overrideAccess: true, data: { directory: { staleAfterMonths: 12 } } })
  const { sendStaleReminders } = await import('@cms/jobs/remindStaleEntries')
  const sent: string[] = []
  const spy = jest.spyOn(payload, 'sendEmail').mockImplementation(async (m) => {
    sent.push(String((m as { text: string }).text))
    return undefined
  })
  await sendStaleReminders(payload, { municipalities: 'municipalities', services: 'services', users: 'users' })
  spy.mockRestore()
  expect(sent.join('\n')).not.toContain('Wohnungsberatung')
  expect(sent.join('\n')).toContain('Nachtcafé')
})

test('only admins run jobs and only staff read them; providers and the public neither', async () => {
  const { restClient } = await import('./helpers/rest')
  const api = await restClient(payload.config)
  const provider = await api.login('provider-a@test.example', 'correct-horse-battery')
  const editor = await api.login('editor1@test.example', 'correct-horse-battery')
  const admin = await api.login('admin@test.example', 'correct-horse-battery')
  expect((await api.request('GET', '/payload-jobs/run?queue=reminders')).status).toBeGreaterThanOrEqual(401)
  expect((await api.request('GET', '/payload-jobs/run?queue=reminders', { token: provider })).status).toBeGreaterThanOrEqual(401)
  expect((await api.request('GET', '/payload-jobs/run?queue=reminders', { token: editor })).status).toBeGreaterThanOrEqual(401)
  expect((await api.request('GET', '/payload-jobs/run?queue=reminders', { token: admin })).status).toBe(200)
  expect((await api.request('GET', '/payload-jobs', { token: provider })).status).toBe(403)
  expect((await api.request('GET', '/payload-jobs', { token: editor })).status).toBe(200)
})
