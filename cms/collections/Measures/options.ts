import { FUNDING_SOURCES, MEASURE_STATUSES, type FundingSource, type MeasureStatus } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

const STATUS_LABELS: Record<MeasureStatus, [string, string]> = {
  planned: ['Planned', 'Geplant'],
  started: ['Started', 'Begonnen'],
  ongoing: ['Ongoing', 'Laufend'],
  completed: ['Completed', 'Abgeschlossen'],
  paused: ['Paused', 'Pausiert'],
  dropped: ['Dropped', 'Verworfen'],
}
export const STATUS_OPTIONS = selectOptions(MEASURE_STATUSES, STATUS_LABELS)

const FUNDING_LABELS: Record<FundingSource, [string, string]> = {
  'municipal-budget': ['Municipal budget', 'Kommunaler Haushalt'],
  'state-programme': ['State programme', 'Landesprogramm'],
  'federal-programme': ['Federal programme', 'Bundesprogramm'],
  esf: ['European Social Fund', 'Europäischer Sozialfonds (ESF)'],
  'engagement-fund': ['Engagement fund', 'Engagementfonds'],
  foundation: ['Foundation', 'Stiftung'],
  other: ['Other', 'Sonstiges'],
}
export const FUNDING_OPTIONS = selectOptions(FUNDING_SOURCES, FUNDING_LABELS)
