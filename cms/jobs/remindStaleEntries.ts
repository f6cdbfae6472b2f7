import type { Payload, TaskConfig, Where } from 'payload'
import { idOf } from '../access/ids'
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
 * One e-mail per provider account, listing its organisations' entries that nobody has
 * confirmed for longer than the town allows, each with the link to open and confirm it.
 */
export async function sendStaleReminders(payload: Payload, slugs: Slugs, now = new Date()): Promise<number> {
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
      const entries = (provider.organizations ?? []).flatMap((o) => byOrg.get(idOf(o) ?? '') ?? [])
      if (!entries.length) continue
      const lines = entries.map((s) => `- ${s.title}: ${serverURL}/admin/collections/${slugs.services}/${s.id}`)
      // The person's own language, else the town's (its portal's default), German where the admin has none.
      const text = portalTextIn(mailLanguageOf(provider, town.defaultLocale))
      await payload.sendEmail({
        to: provider.email,
        subject: text('reminder.subject', { town: town.name, count: entries.length }),
        text: [text('reminder.greeting'), '', text('reminder.body', { months }), '', ...lines].join('\n'),
      })
      sent++
    }
  }
  return sent
}

/** The weekly reminder as a Payload job (Mondays, 07:00 server time). */
export function remindStaleEntriesTask(slugs: Slugs): TaskConfig {
  return {
    slug: 'remindStaleEntries',
    label: 'Remind providers of entries not confirmed for a long time',
    retries: 2,
    schedule: [{ cron: '0 0 7 * * 1', queue: REMINDER_QUEUE }],
    outputSchema: [{ name: 'sent', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { sent: await sendStaleReminders(req.payload, slugs) } }),
  }
}
