import type { RetentionKind } from '../types'

/**
 * Page views are counts per day, page and language (cms/usage/countView.ts): no cookie, no IP
 * address, no browser, not even whether two views were one person. Nothing in them is personal
 * data, so nothing is deleted; the kind is here so the record of processing says so.
 */
export const pageViewsKind: RetentionKind = {
  id: 'pageViews',
  record: () => ({
    title: 'Zählung der Seitenaufrufe (Statistik)',
    purposes: ['Erkennen, welche Informationen gelesen werden und in welchen Sprachen, um das Angebot zu verbessern'],
    legalBasis: 'keine erforderlich: es werden keine personenbezogenen Daten verarbeitet',
    data: ['keine personenbezogenen Daten: je Tag, Seite und Sprache nur eine Anzahl; keine Cookies, keine IP-Adressen, keine Browserkennungen'],
    persons: ['keine (anonyme Zählung der Besucherinnen und Besucher des Portals)'],
    recipients: ['Redaktion und Administration der Kommune'],
    retention: 'keine Löschfrist nötig: nur zusammengefasste Zahlen ohne Personenbezug',
  }),
}
