import { daysBefore, germanPeriod, invitationExpired } from '@shared/retention'
import type { RetentionKind } from '../types'

/**
 * An invitation nobody accepted: the account made for it (cms/collections/Users/invite.ts)
 * holds the invitee's address and name, which they never agreed to more of. Accepting (setting
 * the password) or any login clears `invitedAt` (cms/privacy/users.ts).
 */
export const invitationsKind: RetentionKind = {
  id: 'invitations',
  record: (periods) => ({
    title: 'Einladungen zu einem Benutzerkonto',
    purposes: ['Einladen von Beschäftigten und Anbietern per E-Mail-Link statt weitergegebener Passwörter'],
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO (Beschäftigte: i. V. m. Art. 88 DSGVO und dem Landesdatenschutzgesetz)',
    data: ['E-Mail-Adresse, Name (freiwillig), vorgesehene Rolle, Kommune oder Organisation, Sprache der Einladung, Zeitpunkt der Einladung'],
    persons: ['eingeladene Beschäftigte der Kommune und Mitarbeitende der Träger'],
    recipients: ['Administration; Redaktion der Kommune (für Konten der Anbieter ihrer Kommune)', 'der E-Mail-Dienst, über den die Einladung versandt wird'],
    retention: `nicht angenommene Einladungen ${germanPeriod(periods.invitationDays, 'days')} nach dem Versand, mit dem dafür angelegten Konto`,
  }),
  apply: async ({ payload, now, periods, slugs }) => {
    const { docs } = await payload.find({
      collection: slugs.users,
      where: { invitedAt: { less_than: daysBefore(now, periods.invitationDays).toISOString() } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { invitedAt: true },
    })
    const expired = docs.filter((d) => invitationExpired(d, now, periods)).map((d) => String(d.id))
    // Nothing refers to an account that never logged in: a plain delete (preferences go with it).
    if (expired.length) await payload.delete({ collection: slugs.users, where: { id: { in: expired } }, overrideAccess: true })
    return expired.length
  },
}
