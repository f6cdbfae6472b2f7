import { FUNDING_SOURCES, MEASURE_STATUSES } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

export const STATUS_OPTIONS = selectOptions(MEASURE_STATUSES, (v) => `option.measureStatus.${v}`)
export const FUNDING_OPTIONS = selectOptions(FUNDING_SOURCES, (v) => `option.funding.${v}`)
