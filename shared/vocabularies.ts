/**
 * The domain's fixed vocabularies, once: collection options, seeds, imports and the portal
 * take them from here; their labels live in the message catalogs (portal) and the admin's
 * option labels.
 */

/** Where a measure of the integration plan stands. */
export const MEASURE_STATUSES = ['planned', 'started', 'ongoing', 'completed', 'paused', 'dropped'] as const
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]

/** Who pays for a measure. */
export const FUNDING_SOURCES = ['municipal-budget', 'state-programme', 'federal-programme', 'esf', 'engagement-fund', 'foundation', 'other'] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]

/** The legal group an indicator value is broken down by (German social law). */
export const LEGAL_GROUPS = ['sgb-ii', 'sgb-iii', 'asylblg', 'other'] as const
export type LegalGroup = (typeof LEGAL_GROUPS)[number]

/** What kind of help a service is. */
export const SERVICE_KINDS = [
  'counselling',
  'language-course',
  'integration-course',
  'language-mediation',
  'health',
  'work',
  'housing',
  'childcare-school',
  'leisure',
  'volunteering',
  'funding',
  'authority',
] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]

/** Whether a service is running (an ended one leaves the directory). */
export const SERVICE_STATUSES = ['active', 'temporarily-closed', 'ended'] as const
export type ServiceStatus = (typeof SERVICE_STATUSES)[number]

/** What a service costs. */
export const COST_TYPES = ['free', 'fee', 'on-request'] as const
export type CostType = (typeof COST_TYPES)[number]

/** Whether a service needs an appointment. */
export const APPOINTMENT_NEEDS = ['no', 'recommended', 'yes'] as const
export type AppointmentNeed = (typeof APPOINTMENT_NEEDS)[number]

/** How a service is delivered. */
export const DELIVERY_MODES = ['in-person', 'online', 'phone'] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]

/** What an event is (also a filter of the events page: the values appear in its URLs). */
export const EVENT_CATEGORIES = [
  'language-cafe',
  'women',
  'children-family',
  'counselling-day',
  'course-start',
  'network-meeting',
  'information',
  'culture-sport',
  'encounter',
  'other',
] as const
export type EventCategory = (typeof EVENT_CATEGORIES)[number]

/** What an event costs. */
export const EVENT_COST_TYPES = ['free', 'fee', 'donation'] as const
export type EventCostType = (typeof EVENT_COST_TYPES)[number]

/** What kind of body an organisation is. */
export const ORGANIZATION_KINDS = [
  'counselling',
  'language-school',
  'association',
  'authority',
  'job-centre',
  'welfare',
  'religious',
  'health',
  'education',
  'migrant-organisation',
  'other',
] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

/** What a municipality (a tenant of the portal) is. */
export const MUNICIPALITY_KINDS = ['city', 'district', 'municipality'] as const
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number]

/** Who publishes a provider's changes in a town's directory: an editor after review, or the provider. */
export const PROVIDER_PUBLISHING = ['review', 'direct'] as const
export type ProviderPublishing = (typeof PROVIDER_PUBLISHING)[number]

/** How far a town's portal conforms to BITV 2.0 (its accessibility statement). */
export const CONFORMANCE_LEVELS = ['full', 'partial', 'none'] as const
export type ConformanceLevel = (typeof CONFORMANCE_LEVELS)[number]

/** What the accessibility statement's assessment is based on. */
export const ASSESSMENT_METHODS = ['self-assessment', 'external'] as const
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number]

/** Where a barrier report stands. */
export const FEEDBACK_STATUSES = ['new', 'in-progress', 'answered'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/** Which way an indicator of the plan improves. */
export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]

/** Indicators the portal computes from its own data. */
export const COMPUTED_INDICATORS = ['services-total', 'counselling-per-language', 'verified-share', 'portal-views-per-locale'] as const
export type ComputedIndicator = (typeof COMPUTED_INDICATORS)[number]
