import type { CollectionConfig, Field } from 'payload'
import { anyone, staffOnly } from '../access/predicates'
import { slugField } from '../fields/slug'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/**
 * The shape shared by a town's small vocabularies (districts, topics, audiences): a localized
 * name, a slug for URLs, public to read, kept by staff.
 */
export function taxonomyCollection(slug: string, extraFields: Field[] = []): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: inAllLanguages('group.directory') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    defaultSort: 'order',
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
      slugField({ from: 'name', scope: 'municipality' }),
      { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: tr('help.order') } },
      ...extraFields,
    ],
  }
}
