/**
 * The weekly reminder job's work, in a process of its own (tests/integration/reminders-crash.test.ts
 * kills it): as the job's handler does it, with the week's record of who has theirs.
 */
import { getPayload } from 'payload'
import config from '@cms/payload.config'
import { SentReminders, sendStaleReminders } from '@cms/jobs/remindStaleEntries'

const payload = await getPayload({ config })
const now = new Date()
const sent = await sendStaleReminders(payload, { municipalities: 'municipalities', services: 'services', users: 'users' }, now, await SentReminders.open(payload, now))
process.stdout.write(`sent ${sent}\n`)
await payload.destroy()
process.exit(0)
