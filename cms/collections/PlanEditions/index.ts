import type { CollectionConfig } from 'payload'
import { adminsOnly, anyone, staffOnly } from '@cms/access/predicates'
import { slugField } from '@cms/fields/slug'
import { takeSnapshot } from './hooks/takeSnapshot'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { DAY_ONLY } from '@cms/fields/dayOnly'

/**
 * Editions of the plan (Fortschreibungen): an editor publishes one with a name, date and
 * council resolution, and it keeps a snapshot of every measure and indicator value, so the
 * public can open any past edition and compare two.
 */
export function planEditionsCollection(slug: string): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'date', 'councilResolution'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: adminsOnly },
    defaultSort: '-date',
    hooks: { beforeChange: [takeSnapshot] },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 160, admin: { placeholder: 'Fortschreibung 2026' } },
      slugField({ from: 'name', scope: 'municipality' }),
      { name: 'date', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), admin: { date: DAY_ONLY } },
      { name: 'councilResolution', type: 'text', maxLength: 60, admin: { placeholder: '0377-StR/2020' } },
      { name: 'notes', type: 'textarea', localized: true, maxLength: 3000, admin: { description: tr('planEditions.notes.help') } },
      {
        name: 'snapshot',
        type: 'json',
        // Taken when the edition is created, never edited.
        access: { create: () => false, update: () => false },
        admin: { readOnly: true, description: tr('planEditions.snapshot.help') },
      },
    ],
  }
}
