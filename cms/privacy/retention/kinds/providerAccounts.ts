import type { Payload } from 'payload'
import type { User } from '@cms/payload-types'
import { organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import { formatDate } from '@cms/i18n/format'
import { mailLanguageOf } from '@cms/i18n/pickText'
import { portalTextIn } from '@cms/i18n/textIn'
import { germanPeriod, providerAccountVerdict } from '@shared/retention'
import { eraseAccount, type AccountDataHooks } from '../../erase'
import type { RetentionContext, RetentionKind } from '../types'

type Provider = Pick<User, 'id' | 'email' | 'language' | 'organizations' | 'tenants' | 'createdAt' | 'lastLoginAt' | 'leaveNoticeAt'>

/** The notice, in the person's language (else their town's): when the account goes, and that a login keeps it. */
async function sendNotice(ctx: RetentionContext, account: Provider): Promise<void> {
  const { payload, now, periods, slugs } = ctx
  const town = tenantIDsOf(account)[0]
  const townDoc = town ? await payload.findByID({ collection: slugs.municipalities, id: town, depth: 0, overrideAccess: true, disableErrors: true, select: { defaultLocale: true } }) : null
  const language = mailLanguageOf(account, townDoc?.defaultLocale)
  const text = portalTextIn(language)
  const serverURL = payload.config.serverURL || process.env.SERVER_URL || 'http://localhost:3000'
  const date = formatDate(language, new Date(now.getTime() + periods.providerNoticeDays * 24 * 60 * 60 * 1000))
  await payload.sendEmail({
    to: account.email,
    subject: text('privacy.notice.subject'),
    text: [text('privacy.notice.greeting'), '', text('privacy.notice.body', { email: account.email, date, months: periods.inactiveProviderMonths }), '', `${serverURL}${payload.config.routes.admin}`].join('\n'),
  })
}

/** Organisations that still exist, of all the accounts at once. */
async function existingOrganizations(payload: Payload, slug: 'organizations', accounts: Provider[]): Promise<Set<string>> {
  const ids = [...new Set(accounts.flatMap((a) => organizationIDsOf(a)))]
  if (!ids.length) return new Set()
  const { docs } = await payload.find({ collection: slug, where: { id: { in: ids } }, pagination: false, depth: 0, draft: true, overrideAccess: true, select: { name: true } })
  return new Set(docs.map((d) => String(d.id)))
}

/**
 * Providers who left: their organisation is gone, or they have not logged in for the period. They
 * get a notice e-mail first; the account is erased (its entries stay, cms/privacy/erase.ts) when the
 * notice is older than its days and nobody logged in since.
 */
export function providerAccountsKind(steps: AccountDataHooks[] = []): RetentionKind {
  return {
    id: 'providerAccounts',
    record: (periods) => ({
      title: 'Benutzerkonten der Anbieter (Träger, Beratungsstellen, Vereine)',
      purposes: ['Pflege der eigenen Einträge im Angebotsverzeichnis durch die Anbieter', 'Erinnerungen an Einträge, die lange nicht bestätigt wurden'],
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO; für Mitarbeitende der Träger zusätzlich Art. 6 Abs. 1 lit. f DSGVO (Zusammenarbeit im Netzwerk)',
      data: ['Name, dienstliche E-Mail-Adresse, Organisation(en), Sprache der Oberfläche', 'Passwort nur als Hash, Zeitpunkt der letzten Anmeldung, aktive Sitzungen', 'von wem ein Eintrag zuletzt bestätigt oder geprüft wurde'],
      persons: ['Mitarbeitende der Träger und Beratungsstellen'],
      recipients: ['Administration; Redaktion der Kommune, in der die Organisation tätig ist', 'der E-Mail-Dienst, über den Erinnerungen und Hinweise versandt werden'],
      retention: `Konten ohne Organisation oder ohne Anmeldung seit ${germanPeriod(periods.inactiveProviderMonths, 'months')}: Hinweis per E-Mail, Löschung ${germanPeriod(periods.providerNoticeDays, 'days')} danach, wenn keine Anmeldung erfolgt; die Einträge bleiben erhalten und werden einem „ehemaligen Benutzerkonto“ zugeordnet`,
    }),
    apply: async (ctx) => {
      const { payload, now, periods, slugs } = ctx
      const { docs } = await payload.find({
        collection: slugs.users,
        where: { and: [{ role: { equals: 'provider' } }, { invitedAt: { exists: false } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { email: true, language: true, organizations: true, tenants: true, createdAt: true, lastLoginAt: true, leaveNoticeAt: true },
      })
      const accounts: Provider[] = docs
      const live = await existingOrganizations(payload, slugs.organizations, accounts)
      let erased = 0
      for (const account of accounts) {
        const organizations = organizationIDsOf(account).filter((id) => live.has(id)).length
        const verdict = providerAccountVerdict({ organizations, lastActiveAt: account.lastLoginAt ?? account.createdAt, noticeAt: account.leaveNoticeAt }, now, periods)
        const id = String(account.id)
        if (verdict === 'notify') {
          await sendNotice(ctx, account)
          await payload.db.updateOne({ collection: slugs.users, id, data: { leaveNoticeAt: now.toISOString() } })
        } else if (verdict === 'erase') {
          await eraseAccount(payload, slugs, id, { by: null, reason: 'retention', now, steps })
          erased++
        } else if (verdict === 'keep' && account.leaveNoticeAt) {
          await payload.db.updateOne({ collection: slugs.users, id, data: { leaveNoticeAt: null } })
        }
      }
      return erased
    },
  }
}

