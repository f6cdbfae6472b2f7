import { LEGAL_GROUPS } from '@shared/vocabularies'

const GROUP_LABELS: Record<(typeof LEGAL_GROUPS)[number], [string, string]> = {
  'sgb-ii': ['Basic income support (SGB II)', 'Grundsicherung (SGB II)'],
  'sgb-iii': ['Unemployment insurance (SGB III)', 'Arbeitsförderung (SGB III)'],
  asylblg: ['Asylum Seekers’ Benefits Act', 'Asylbewerberleistungsgesetz'],
  other: ['Other', 'Sonstige'],
}
export const LEGAL_GROUP_OPTIONS = LEGAL_GROUPS.map((g) => ({ value: g, label: { en: GROUP_LABELS[g][0], de: GROUP_LABELS[g][1] } }))

/** Indicators the portal computes from its own data, always current. */
export const COMPUTED_INDICATORS = [
  { value: 'services-total', label: { en: 'Published services', de: 'Veröffentlichte Angebote' } },
  { value: 'counselling-per-language', label: { en: 'Counselling services per spoken language', de: 'Beratungsangebote je gesprochener Sprache' } },
  { value: 'verified-share', label: { en: 'Share of services confirmed in the last 6 months (%)', de: 'Anteil der in 6 Monaten bestätigten Angebote (%)' } },
  { value: 'portal-views-per-locale', label: { en: 'Portal page views per language (last 30 days)', de: 'Seitenaufrufe je Sprache (30 Tage)' } },
]
