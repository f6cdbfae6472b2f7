import { APPOINTMENT_NEEDS, COST_TYPES, DELIVERY_MODES, SERVICE_KINDS, SERVICE_STATUSES } from '@shared/vocabularies'
import { selectOptions as options } from '@cms/fields/selectOptions'

/* Select options of services: the values are the shared vocabularies (stored), the labels are for the admin. */

export const SERVICE_KIND_OPTIONS = options(SERVICE_KINDS, (v) => `option.serviceKind.${v}`)
export const COST_TYPE_OPTIONS = options(COST_TYPES, (v) => `option.cost.${v}`)
export const APPOINTMENT_OPTIONS = options(APPOINTMENT_NEEDS, (v) => `option.appointment.${v}`)
export const DELIVERY_OPTIONS = options(DELIVERY_MODES, (v) => `option.delivery.${v}`)
export const SERVICE_STATUS_OPTIONS = options(SERVICE_STATUSES, (v) => `option.serviceStatus.${v}`)
