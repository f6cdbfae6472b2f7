import { APPOINTMENT_NEEDS, COST_TYPES, DELIVERY_MODES, SERVICE_KINDS, SERVICE_STATUSES, type AppointmentNeed, type CostType, type DeliveryMode, type ServiceKind, type ServiceStatus } from '@shared/vocabularies'
import { selectOptions as options } from '@cms/fields/selectOptions'

/* Select options of services: the values are the shared vocabularies (stored), the labels are for the admin. */

const KIND_LABELS: Record<ServiceKind, [string, string]> = {
  counselling: ['Counselling', 'Beratung'],
  'language-course': ['Language course', 'Sprachkurs'],
  'integration-course': ['Integration / orientation course', 'Integrations- / Orientierungskurs'],
  'language-mediation': ['Language mediation', 'Sprachmittlung'],
  health: ['Health', 'Gesundheit'],
  work: ['Work and training', 'Arbeit und Ausbildung'],
  housing: ['Housing', 'Wohnen'],
  'childcare-school': ['Childcare and school', 'Kinderbetreuung und Schule'],
  leisure: ['Leisure and encounter', 'Freizeit und Begegnung'],
  volunteering: ['Volunteering opportunity', 'Ehrenamt'],
  funding: ['Funding programme', 'Förderprogramm'],
  authority: ['Authority / office', 'Behörde / Amt'],
}
export const SERVICE_KIND_OPTIONS = options(SERVICE_KINDS, KIND_LABELS)

const COST_LABELS: Record<CostType, [string, string]> = {
  free: ['Free', 'Kostenlos'],
  fee: ['Fee', 'Kostenpflichtig'],
  'on-request': ['On request', 'Auf Anfrage'],
}
export const COST_TYPE_OPTIONS = options(COST_TYPES, COST_LABELS)

const APPOINTMENT_LABELS: Record<AppointmentNeed, [string, string]> = {
  no: ['Not needed', 'Nicht nötig'],
  recommended: ['Recommended', 'Empfohlen'],
  yes: ['Needed', 'Nötig'],
}
export const APPOINTMENT_OPTIONS = options(APPOINTMENT_NEEDS, APPOINTMENT_LABELS)

const DELIVERY_LABELS: Record<DeliveryMode, [string, string]> = {
  'in-person': ['In person', 'Vor Ort'],
  online: ['Online', 'Online'],
  phone: ['By phone', 'Telefonisch'],
}
export const DELIVERY_OPTIONS = options(DELIVERY_MODES, DELIVERY_LABELS)

const STATUS_LABELS: Record<ServiceStatus, [string, string]> = {
  active: ['Active', 'Aktiv'],
  'temporarily-closed': ['Temporarily closed', 'Vorübergehend geschlossen'],
  ended: ['Ended', 'Beendet'],
}
export const SERVICE_STATUS_OPTIONS = options(SERVICE_STATUSES, STATUS_LABELS)
