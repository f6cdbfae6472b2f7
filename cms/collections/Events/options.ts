import { EVENT_CATEGORIES, EVENT_COST_TYPES, type EventCategory, type EventCostType } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

/* Select options of events: the values are the shared vocabularies (stored, and used in portal URLs); the labels are for the admin. */

const CATEGORY_LABELS: Record<EventCategory, [string, string]> = {
  'language-cafe': ['Language café', 'Sprachcafé'],
  women: ['Women', 'Frauen'],
  'children-family': ['Children and family', 'Kinder und Familie'],
  'counselling-day': ['Counselling day', 'Beratungstag'],
  'course-start': ['Course start', 'Kursbeginn'],
  'network-meeting': ['Network meeting', 'Netzwerktreffen'],
  information: ['Information event', 'Informationsveranstaltung'],
  'culture-sport': ['Culture and sport', 'Kultur und Sport'],
  encounter: ['Encounter and celebration', 'Begegnung und Fest'],
  other: ['Other', 'Sonstiges'],
}
export const EVENT_CATEGORY_OPTIONS = selectOptions(EVENT_CATEGORIES, CATEGORY_LABELS)

/** The category values, for the portal's filter (the same list as shared/vocabularies.ts EVENT_CATEGORIES). */
export const EVENT_CATEGORY_VALUES = EVENT_CATEGORIES

const COST_LABELS: Record<EventCostType, [string, string]> = {
  free: ['Free', 'Kostenlos'],
  fee: ['Fee', 'Kostenpflichtig'],
  donation: ['Donation welcome', 'Spende erbeten'],
}
export const EVENT_COST_TYPE_OPTIONS = selectOptions(EVENT_COST_TYPES, COST_LABELS)
