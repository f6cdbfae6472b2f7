import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '@cms/access/predicates'
import { slugField } from '@cms/fields/slug'
import { COMPUTED_INDICATOR_OPTIONS, DIRECTION_OPTIONS, LEGAL_GROUP_OPTIONS } from './options'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

const year = (name: string, width: string) => ({ name, type: 'number' as const, min: 1990, max: 2100, admin: { width } })

/**
 * Indicators (contract slug `indicators`): what is measured, how, from which source, where it
 * should go, and its values over time, by district and legal group where known. Some are
 * computed from the directory itself instead of typed in.
 */
export function indicatorsCollection(s: Pick<PortalSlugs, 'indicators' | 'districts'>): CollectionConfig {
  return {
    slug: s.indicators,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'unit', 'direction', 'computed'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
      slugField({ from: 'name', scope: 'municipality' }),
      { name: 'definition', type: 'textarea', localized: true, maxLength: 1500, admin: { description: tr('indicators.definition.help') } },
      {
        type: 'row',
        fields: [
          { name: 'unit', type: 'text', localized: true, maxLength: 40, admin: { width: '33%', placeholder: '%, Personen …' } },
          { name: 'source', type: 'text', maxLength: 200, admin: { width: '33%', placeholder: 'Bundesagentur für Arbeit' } },
          {
            name: 'direction',
            type: 'select',
            required: true,
            defaultValue: 'higher-is-better',
            options: DIRECTION_OPTIONS,
            admin: { width: '34%' },
          },
        ],
      },
      { name: 'baseline', type: 'group', fields: [{ type: 'row', fields: [year('year', '50%'), { name: 'value', type: 'number', admin: { width: '50%' } }] }] },
      { name: 'target', type: 'group', fields: [{ type: 'row', fields: [year('year', '50%'), { name: 'value', type: 'number', admin: { width: '50%' } }] }] },
      {
        name: 'computed',
        type: 'select',
        options: COMPUTED_INDICATOR_OPTIONS,
        admin: { position: 'sidebar', description: tr('indicators.computed.help') },
      },
      {
        name: 'values',
        type: 'array',
        admin: { description: tr('indicators.values.help') },
        fields: [
          {
            type: 'row',
            fields: [
              { ...year('year', '20%'), required: true },
              { name: 'value', type: 'number', required: true, admin: { width: '20%' } },
              { name: 'district', type: 'relationship', relationTo: s.districts, admin: { width: '30%' } },
              { name: 'legalGroup', type: 'select', options: LEGAL_GROUP_OPTIONS, admin: { width: '30%' } },
            ],
          },
        ],
      },
    ],
  }
}
