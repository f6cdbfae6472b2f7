import { deleteOldMisses } from '@cms/directory/searchMisses'
import { germanPeriod } from '@shared/retention'
import type { RetentionKind } from '../types'

/** Searches without results (collection search-misses): a newcomer may type anything, so the terms go after the period. */
export const searchTermsKind: RetentionKind = {
  id: 'searchTerms',
  record: (periods) => ({
    title: 'Suchen ohne Treffer',
    purposes: ['Erkennen, was Zugewanderte suchen und im Verzeichnis nicht finden, um Angebote und Suchbegriffe zu ergänzen'],
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO (Aufgabe der Kommune: Information über Integrationsangebote)',
    data: ['Suchbegriff, wie eingegeben (nie Begriffe mit Ziffern, mit „@“ oder über 40 Zeichen), Tag, Sprache des Portals, Anzahl der Suchen'],
    persons: ['Besucherinnen und Besucher des Portals (nicht identifiziert; ein Personenbezug ist nur über den Inhalt eines Begriffs denkbar)'],
    recipients: ['Redaktion und Administration der Kommune'],
    retention: `${germanPeriod(periods.searchTermsMonths, 'months')} nach dem Tag der Suche, dann automatische Löschung`,
  }),
  apply: ({ payload, now, periods }) => deleteOldMisses(payload, now, periods.searchTermsMonths),
}
