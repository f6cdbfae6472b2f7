import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig, Where } from 'payload'
import { anyone, staffOnly } from '@cms/access/predicates'
import { noCycles } from '@cms/hooks/noCycles'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/** Goals and sub-goals under an action field (contract slug `goals`, the "Zielkatalog"). */
export function goalsCollection(s: Pick<PortalSlugs, 'goals' | 'actionFields'>): CollectionConfig {
  return {
    slug: s.goals,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'actionField', 'parent', 'order'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    defaultSort: 'order',
    hooks: { beforeValidate: [noCycles] },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 300 },
      { name: 'description', type: 'textarea', localized: true, maxLength: 1500 },
      { name: 'actionField', type: 'relationship', relationTo: s.actionFields, required: true, index: true },
      {
        name: 'parent',
        type: 'relationship',
        relationTo: s.goals,
        index: true,
        filterOptions: ({ id, data }) => {
          const and: Where[] = []
          if (id) and.push({ id: { not_equals: id } })
          if (data?.actionField) and.push({ actionField: { equals: data.actionField } })
          return and.length ? { and } : true
        },
        admin: { description: tr('goals.parent.help') },
      },
      { name: 'order', type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar' } },
    ],
  }
}
