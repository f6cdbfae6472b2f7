import type { Payload, TaskConfig, Where } from 'payload'
import { idOf } from '../access/ids'
import { crashPoint } from '../longWork/crashPoint'
import { isRecord } from '../isRecord'
import { portalTextIn } from '@cms/i18n/textIn'
import { mailLanguageOf } from '@cms/i18n/pickText'
import type { PortalSlugs } from '@cms/types'

export const REMINDER_QUEUE = 'reminders'
const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000

type Slugs = Pick<PortalSlugs, 'municipalities' | 'services' | 'users'>

/** The services of a town that nobody confirmed for `months` months (ended ones excepted). */
export function staleWhere(townID: string, months: number, now: Date): Where {
  const cutoff = new Date(now.getTime() - months * MONTH_MS).toISOString()
  return {
    and: [
      { municipality: { equals: townID } },
      { status: { not_equals: 'ended' } },
      { or: [{ lastVerifiedAt: { less_than: cutoff } }, { lastVerifiedAt: { exists: false } }] },
    ],
  }
}

/**
 * The reminders of one window (a calendar week, UTC): which provider accounts have theirs. An
 * account is noted before its e-mail goes out, so a run that is killed, fails or runs again in
 * the same week never sends anyone a second one; the price is that one cut off between the note
 * and the send gets none that week (at most once, never twice).
 */
export class SentReminders {
  private sent = new Set<string>()
  private constructor(
    private payload: Payload,
    readonly key: string,
  ) {}

  static async open(payload: Payload, now: Date): Promise<SentReminders> {
    const log = new SentReminders(payload, `reminders:${isoWeek(now)}`)
    const stored: unknown = await payload.kv.get(log.key)
    if (isRecord(stored) && Array.isArray(stored.sent)) for (const id of stored.sent) log.sent.add(String(id))
    // The week before is over: its note is not needed any more.
    await payload.kv.delete(`reminders:${isoWeek(new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000))}`)
    return log
  }

  has(id: string): boolean {
    return this.sent.has(id)
  }

  async forget(id: string): Promise<void> {
    this.sent.delete(id)
    await this.payload.kv.set(this.key, { sent: [...this.sent] })
  }

  async note(id: string): Promise<void> {
    this.sent.add(id)
    await this.payload.kv.set(this.key, { sent: [...this.sent] })
  }
}

/** "2026-W49": the ISO week (Monday to Sunday, UTC) of `date`. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  // The Thursday of the week decides its year.
  day.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7))
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / 86400000 / 7 - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * One e-mail per provider account, listing its organisations' entries that nobody has
 * confirmed for longer than the town allows, each with the link to open and confirm it.
 */
export async function sendStaleReminders(payload: Payload, slugs: Slugs, now = new Date(), log?: SentReminders): Promise<number> {
  const serverURL = payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
  const { docs: towns } = await payload.find({
    collection: slugs.municipalities,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, directory: true, defaultLocale: true },
  })
  let sent = 0
  for (const town of towns) {
    const months = town.directory?.staleAfterMonths ?? 6
    const { docs: stale } = await payload.find({
      collection: slugs.services,
      where: staleWhere(String(town.id), months, now),
      pagination: false,
      depth: 0,
      locale: 'de',
      // The stored document holds the newest confirmation ("Still correct" writes there).
      overrideAccess: true,
      select: { title: true, organization: true, lastVerifiedAt: true },
    })
    const byOrg = new Map<string, typeof stale>()
    for (const s of stale) {
      const org = idOf(s.organization)
      if (org) byOrg.set(org, [...(byOrg.get(org) ?? []), s])
    }
    if (!byOrg.size) continue
    const { docs: providers } = await payload.find({
      collection: slugs.users,
      where: { and: [{ role: { equals: 'provider' } }, { organizations: { in: [...byOrg.keys()] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true, organizations: true, language: true },
    })
    for (const provider of providers) {
      if (log?.has(String(provider.id))) continue
      const entries = (provider.organizations ?? []).flatMap((o) => byOrg.get(idOf(o) ?? '') ?? [])
      if (!entries.length) continue
      const lines = entries.map((s) => `- ${s.title}: ${serverURL}/admin/collections/${slugs.services}/${s.id}`)
      // The person's own language, else the town's (its portal's default), German where the admin has none.
      const text = portalTextIn(mailLanguageOf(provider, town.defaultLocale))
      await log?.note(String(provider.id))
      crashPoint('reminder')
      try {
        await payload.sendEmail({
          to: provider.email,
          subject: text('reminder.subject', { town: town.name, count: entries.length }),
          text: [text('reminder.greeting'), '', text('reminder.body', { months }), '', ...lines].join('\n'),
        })
      } catch (error) {
        // Refused by the mail server: not sent, so the next run may try again.
        await log?.forget(String(provider.id))
        throw error
      }
      sent++
      crashPoint('reminder-sent')
    }
  }
  return sent
}

/**
 * The weekly reminder as a Payload job: Mondays, 07:00 server time, and every hour after that,
 * which sends only what the week's runs have not sent yet (SentReminders): a run that was killed
 * or failed halfway is finished by the next one, and nobody gets two e-mails in a week.
 */
export function remindStaleEntriesTask(slugs: Slugs): TaskConfig {
  return {
    slug: 'remindStaleEntries',
    label: 'Remind providers of entries not confirmed for a long time',
    retries: 2,
    schedule: [{ cron: '0 0 7-23 * * 1', queue: REMINDER_QUEUE }],
    outputSchema: [{ name: 'sent', type: 'number', required: true }],
    handler: async ({ req }) => {
      const now = new Date()
      return { output: { sent: await sendStaleReminders(req.payload, slugs, now, await SentReminders.open(req.payload, now)) } }
    },
  }
}
