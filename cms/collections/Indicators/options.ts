import { COMPUTED_INDICATORS, INDICATOR_DIRECTIONS, LEGAL_GROUPS } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

export const LEGAL_GROUP_OPTIONS = selectOptions(LEGAL_GROUPS, (v) => `option.legalGroup.${v}`)
export const DIRECTION_OPTIONS = selectOptions(INDICATOR_DIRECTIONS, (v) => `option.direction.${v}`)
/** Indicators the portal computes from its own data, always current. */
export const COMPUTED_INDICATOR_OPTIONS = selectOptions(COMPUTED_INDICATORS, (v) => `option.computed.${v}`)
