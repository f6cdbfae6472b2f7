import type { Payload } from 'payload'
import { germanPeriod } from '@shared/retention'
import type { RetentionKind } from '../types'

export interface AuditRetention {
  /** The audit log's own deletion of entries older than its period (cms/audit/). */
  deleteExpired: (payload: Payload, now: Date) => Promise<number>
}

/**
 * The audit log's entries (who, when, what, from which address). The audit log deletes its own
 * entries; this kind only calls it from the one retention job and describes it in the record.
 * cms/index.ts passes `{ deleteExpired: deleteExpiredAuditEntries }` (cms/audit/retention.ts). Its period is AUDIT_RETENTION_MONTHS (shared/retention.ts): the audit log
 * must read the same variable, or the record would print another period than the one applied.
 */
export function auditEntriesKind(audit?: AuditRetention): RetentionKind {
  return {
    id: 'auditEntries',
    record: (periods) => ({
      title: 'Protokoll der Anmeldungen und Änderungen (Audit-Log)',
      purposes: ['Nachvollziehen, wer wann was veröffentlicht, gelöscht oder an Rollen geändert hat', 'Erkennen und Aufklären von Missbrauch (BSI IT-Grundschutz OPS.1.1.5)'],
      legalBasis: 'Art. 6 Abs. 1 lit. c und e DSGVO i. V. m. Art. 32 DSGVO (Sicherheit der Verarbeitung)',
      data: ['Benutzerkonto, Zeitpunkt, Aktion, betroffenes Dokument und geänderte Felder', 'IP-Adresse der Anfrage, bei fehlgeschlagenen Anmeldungen die eingegebene E-Mail-Adresse'],
      persons: ['Beschäftigte der Kommune und Mitarbeitende der Träger mit Benutzerkonto', 'Personen, die sich anzumelden versuchen'],
      recipients: ['Administration; Redaktion der Kommune für die Einträge ihrer Kommune'],
      retention: `${germanPeriod(periods.auditEntriesMonths, 'months')} nach dem Ereignis, dann automatische Löschung`,
    }),
    apply: async ({ payload, now }) => (audit ? audit.deleteExpired(payload, now) : 0),
  }
}
