import { FUNDING_SOURCES, MEASURE_STATUSES } from '@shared/vocabularies'

const STATUS_LABELS: Record<(typeof MEASURE_STATUSES)[number], [string, string]> = {
  planned: ['Planned', 'Geplant'],
  started: ['Started', 'Begonnen'],
  ongoing: ['Ongoing', 'Laufend'],
  completed: ['Completed', 'Abgeschlossen'],
  paused: ['Paused', 'Pausiert'],
  dropped: ['Dropped', 'Verworfen'],
}
export const STATUS_OPTIONS = MEASURE_STATUSES.map((s) => ({ value: s, label: { en: STATUS_LABELS[s][0], de: STATUS_LABELS[s][1] } }))

const FUNDING_LABELS: Record<(typeof FUNDING_SOURCES)[number], [string, string]> = {
  'municipal-budget': ['Municipal budget', 'Kommunaler Haushalt'],
  'state-programme': ['State programme', 'Landesprogramm'],
  'federal-programme': ['Federal programme', 'Bundesprogramm'],
  esf: ['European Social Fund', 'Europäischer Sozialfonds (ESF)'],
  'engagement-fund': ['Engagement fund', 'Engagementfonds'],
  foundation: ['Foundation', 'Stiftung'],
  other: ['Other', 'Sonstiges'],
}
export const FUNDING_OPTIONS = FUNDING_SOURCES.map((s) => ({ value: s, label: { en: FUNDING_LABELS[s][0], de: FUNDING_LABELS[s][1] } }))
