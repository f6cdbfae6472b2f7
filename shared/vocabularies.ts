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
