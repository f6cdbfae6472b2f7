import { barrierReportExpired, germanPeriod, monthsBefore } from '@shared/retention'
import type { RetentionKind } from '../types'

/** Barrier reports (BITV 2.0 § 7) hold a name and an e-mail address: kept while open, then for the period after closing. */
export const barrierReportsKind: RetentionKind = {
  id: 'barrierReports',
  record: (periods) => ({
    title: 'Meldungen von Barrieren (Feedback zur Barrierefreiheit)',
    purposes: ['Bearbeiten und Beantworten von Meldungen über Barrieren im Portal (§ 7 BITV 2.0, Feedback-Mechanismus)'],
    legalBasis: 'Art. 6 Abs. 1 lit. c und e DSGVO i. V. m. § 7 BITV 2.0; Angabe von Name und E-Mail freiwillig',
    data: ['Beschreibung der Barriere, betroffene Seite, Sprache', 'freiwillig: Name, E-Mail-Adresse', 'Bearbeitungsstand, interne Notizen der Redaktion'],
    persons: ['Besucherinnen und Besucher des Portals, die eine Barriere melden'],
    recipients: ['Redaktion und Administration der Kommune'],
    retention: `${germanPeriod(periods.barrierReportsMonths, 'months')} nach Abschluss der Meldung (Status „beantwortet“), dann automatische Löschung; offene Meldungen bis zum Abschluss`,
  }),
  apply: async ({ payload, now, periods, slugs }) => {
    const cutoff = monthsBefore(now, periods.barrierReportsMonths).toISOString()
    // The query narrows, the shared rule decides (reports closed before `closedAt` existed count from their last change).
    const { docs } = await payload.find({
      collection: slugs.accessibilityFeedback,
      where: { and: [{ status: { equals: 'answered' } }, { or: [{ closedAt: { less_than: cutoff } }, { and: [{ closedAt: { exists: false } }, { updatedAt: { less_than: cutoff } }] }] }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { status: true, closedAt: true, updatedAt: true },
    })
    const expired = docs.filter((d) => barrierReportExpired(d, now, periods)).map((d) => String(d.id))
    if (expired.length) await payload.db.deleteMany({ collection: slugs.accessibilityFeedback, where: { id: { in: expired } } })
    return expired.length
  },
}
