import type { CollectionConfig, Field } from 'payload'
import { anyone, staffOnly } from '../access/predicates'
import { slugField } from '../fields/slug'

/**
 * The shape shared by a town's small vocabularies (districts, topics, audiences): a localized
 * name, a slug for URLs, public to read, kept by staff.
 */
export function taxonomyCollection(
  slug: string,
  labels: CollectionConfig['labels'],
  extraFields: Field[] = [],
): CollectionConfig {
  return {
    slug,
    labels,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Directory' },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    defaultSort: 'order',
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
      slugField({ from: 'name', scope: 'municipality' }),
      { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar', description: 'Lower numbers come first.' } },
      ...extraFields,
    ],
  }
}
