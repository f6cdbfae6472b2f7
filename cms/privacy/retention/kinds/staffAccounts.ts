import type { RetentionKind } from '../types'

/** Staff accounts: deleted or erased by an admin when a person leaves; no automatic period (the town decides). */
export const staffAccountsKind: RetentionKind = {
  id: 'staffAccounts',
  record: () => ({
    title: 'Benutzerkonten der Beschäftigten (Redaktion, Administration)',
    purposes: ['Pflege der Inhalte des Portals, des Angebotsverzeichnisses und des Integrationskonzepts', 'Prüfen und Freigeben von Änderungen der Anbieter'],
    legalBasis: 'Art. 6 Abs. 1 lit. e und Art. 88 DSGVO i. V. m. dem Beschäftigtendatenschutz des Landes',
    data: ['Name, dienstliche E-Mail-Adresse, Rolle, Kommune(n), Sprache der Oberfläche', 'Passwort nur als Hash, Zeitpunkt der letzten Anmeldung, aktive Sitzungen', 'Name bei geprüften Änderungen („geprüft von“)'],
    persons: ['Beschäftigte der Kommune'],
    recipients: ['Administration der Installation'],
    retention: 'bis zum Ausscheiden: die Administration löscht das Konto (Art. 17: „Konto löschen“ entfernt die personenbezogenen Daten und behält die bearbeiteten Dokumente)',
  }),
}
