import { bootMailDirectory } from './helpers/mailWorld'

let payload: Awaited<ReturnType<typeof bootMailDirectory>>['payload']
let world: Awaited<ReturnType<typeof bootMailDirectory>>['world']
let dir: Awaited<ReturnType<typeof bootMailDirectory>>['dir']
let smtp: Awaited<ReturnType<typeof bootMailDirectory>>['smtp']
let stop: () => Promise<void>
beforeAll(async () => {
  // The reminders go out through nodemailer to a real SMTP server, as to a town's.
  ;({ payload, world, dir, smtp, stop } = await bootMailDirectory())
})
afterAll(async () => stop?.())

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

test('the reminder job e-mails each provider its organisation’s stale entries, once', async () => {
  await payload.db.updateOne({ collection: 'services', id: dir.services.S2, data: { lastVerifiedAt: daysAgo(300) } })
  await payload.db.updateOne({ collection: 'services', id: dir.services.S3, data: { lastVerifiedAt: daysAgo(400) } })
  // Ended services are not worth a reminder.
  await payload.db.updateOne({ collection: 'services', id: dir.services.S6, data: { lastVerifiedAt: daysAgo(500) } })
  await payload.jobs.queue({ task: 'remindStaleEntries', input: {}, queue: 'reminders' })
  await payload.jobs.run({ queue: 'reminders' })
  // The job's sends are done when it is (each send awaits the server's answer).
  const sent = smtp.mails.map((m) => ({ ...m, to: m.to.join(',') }))

  expect(sent.map((m) => m.to).sort()).toEqual(['provider-a@test.example', 'provider-b@test.example'])
  expect(sent.every((m) => m.from.includes('portal@test.example'))).toBe(true)
  const toA = sent.find((m) => m.to === 'provider-a@test.example')
  expect(toA?.text).toContain('Wohnungsberatung')
  expect(toA?.text).not.toContain('Deutschkurs')
  expect(toA?.text).toContain(`/admin/collections/services/${dir.services.S2}`)
  // In the town's language (German here), one language per e-mail.
  expect(toA?.subject).toBe('town-one: Bitte prüfen Sie 1 Einträge')
  expect(toA?.text).toMatch(/^Guten Tag,\n\ndiese Einträge Ihrer Organisation wurden seit mehr als 6 Monaten nicht bestätigt/)
  expect(toA?.text).not.toContain('Still correct')
  const toB = sent.find((m) => m.to === 'provider-b@test.example')
  expect(toB?.text).toContain('Nachtcafé')

  const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'remindStaleEntries' } } })
  // Completed jobs are removed; nothing may be left waiting or failed.
  expect(jobs.docs.filter((j) => !j.completedAt || j.hasError)).toEqual([])
})

test('a town’s own interval counts: 12 months means a 300-day-old entry is still fine', async () => {
  await payload.update({ collection: 'municipalities', id: world.towns.town1, overrideAccess: true, data: { directory: { staleAfterMonths: 12 } } })
  const { sendStaleReminders } = await import('@cms/jobs/remindStaleEntries')
  const before = smtp.mails.length
  await sendStaleReminders(payload, { municipalities: 'municipalities', services: 'services', users: 'users' })
  const sent = smtp.mails.slice(before).map((m) => m.text)
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
