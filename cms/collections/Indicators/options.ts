import { COMPUTED_INDICATORS, INDICATOR_DIRECTIONS, LEGAL_GROUPS, type ComputedIndicator, type IndicatorDirection, type LegalGroup } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'

const GROUP_LABELS: Record<LegalGroup, [string, string]> = {
  'sgb-ii': ['Basic income support (SGB II)', 'Grundsicherung (SGB II)'],
  'sgb-iii': ['Unemployment insurance (SGB III)', 'Arbeitsförderung (SGB III)'],
  asylblg: ['Asylum Seekers’ Benefits Act', 'Asylbewerberleistungsgesetz'],
  other: ['Other', 'Sonstige'],
}
export const LEGAL_GROUP_OPTIONS = selectOptions(LEGAL_GROUPS, GROUP_LABELS)

const DIRECTION_LABELS: Record<IndicatorDirection, [string, string]> = {
  'higher-is-better': ['Higher is better', 'Höher ist besser'],
  'lower-is-better': ['Lower is better', 'Niedriger ist besser'],
}
export const DIRECTION_OPTIONS = selectOptions(INDICATOR_DIRECTIONS, DIRECTION_LABELS)

/** Indicators the portal computes from its own data, always current. */
const COMPUTED_LABELS: Record<ComputedIndicator, [string, string]> = {
  'services-total': ['Published services', 'Veröffentlichte Angebote'],
  'counselling-per-language': ['Counselling services per spoken language', 'Beratungsangebote je gesprochener Sprache'],
  'verified-share': ['Share of services confirmed in the last 6 months (%)', 'Anteil der in 6 Monaten bestätigten Angebote (%)'],
  'portal-views-per-locale': ['Portal page views per language (last 30 days)', 'Seitenaufrufe je Sprache (30 Tage)'],
}
export const COMPUTED_INDICATOR_OPTIONS = selectOptions(COMPUTED_INDICATORS, COMPUTED_LABELS)
