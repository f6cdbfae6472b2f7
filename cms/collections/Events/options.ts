import { EVENT_CATEGORIES, EVENT_COST_TYPES } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

/* Select options of events: the values are the shared vocabularies (stored, and used in portal URLs); the labels are for the admin. */

export const EVENT_CATEGORY_OPTIONS = selectOptions(EVENT_CATEGORIES, (v) => `option.eventCategory.${v}`)

/** The category values, for the portal's filter (the same list as shared/vocabularies.ts EVENT_CATEGORIES). */
export const EVENT_CATEGORY_VALUES = EVENT_CATEGORIES

export const EVENT_COST_TYPE_OPTIONS = selectOptions(EVENT_COST_TYPES, (v) => `option.cost.${v}`)
