import { runChild } from './helpers/crashRuns'
import { bootMailDirectory } from './helpers/mailWorld'

/**
 * The reminder job survives `kill -9` without sending anyone a second e-mail: it runs in a child
 * process that is killed right after a send, or between noting a provider and sending, and runs
 * again; each provider gets at most one reminder in the week (cms/jobs/remindStaleEntries.ts).
 */
let payload: Awaited<ReturnType<typeof bootMailDirectory>>['payload']
let smtp: Awaited<ReturnType<typeof bootMailDirectory>>['smtp']
let stop: () => Promise<void>
beforeAll(async () => {
  const booted = await bootMailDirectory()
  ;({ payload, smtp, stop } = booted)
  const { dir } = booted
  const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString()
  // Stale entries of two organisations: two provider accounts get a reminder.
  for (const id of [dir.services.S2, dir.services.S3]) await payload.db.updateOne({ collection: 'services', id, data: { lastVerifiedAt: longAgo } })
}, 120000)
afterAll(async () => stop?.())

const db = () => (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
const remind = (crashAt = '') => runChild('tests/integration/children/sendReminders.ts', [], db(), { IMPORT_CRASH_AT: crashAt })
const recipients = () => smtp.mails.map((m) => m.to.join(',')).sort()
const week = async () => {
  const { isoWeek } = await import('@cms/jobs/remindStaleEntries')
  return `reminders:${isoWeek(new Date())}`
}

test('killed right after the first e-mail, run again: the other provider gets theirs, nobody a second one', async () => {
  const killed = await remind('reminder-sent:1')
  expect({ signal: killed.signal, stderr: killed.stderr }).toMatchObject({ signal: 'SIGKILL' })
  expect(smtp.mails).toHaveLength(1)
  const again = await remind()
  expect(again.code).toBe(0)
  expect(again.stdout).toContain('sent 1')
  expect(recipients()).toEqual(['provider-a@test.example', 'provider-b@test.example'])
  // A third run in the same week sends nothing.
  expect((await remind()).stdout).toContain('sent 0')
  expect(smtp.mails).toHaveLength(2)
}, 300000)

test('killed between noting a provider and the send: at most once, never twice', async () => {
  // A new week for the job: its record is cleared.
  await payload.kv.delete(await week())
  const before = smtp.mails.length
  const killed = await remind('reminder:2')
  expect({ signal: killed.signal, stderr: killed.stderr }).toMatchObject({ signal: 'SIGKILL' })
  expect(smtp.mails.length - before).toBe(1)
  const again = await remind()
  expect(again.stdout).toContain('sent 0')
  // The second provider was noted and then cut off: no e-mail this week (the price of never sending twice).
  expect(smtp.mails.length - before).toBe(1)
}, 300000)
