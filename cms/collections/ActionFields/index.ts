import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { ICON_NAMES } from '@shared/icons'
import { anyone, staffOnly } from '@cms/access/predicates'
import { slugField } from '@cms/fields/slug'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'

/** The plan's fields of action (contract slug `action-fields`, Handlungsfelder), public, kept by staff. */
export function actionFieldsCollection(s: Pick<PortalSlugs, 'actionFields' | 'topics'>): CollectionConfig {
  return {
    slug: s.actionFields,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'order'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    defaultSort: 'order',
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
      slugField({ from: 'title', scope: 'municipality' }),
      { name: 'description', type: 'textarea', localized: true, maxLength: 1500 },
      { name: 'order', type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar', description: tr('help.order') } },
      { name: 'icon', type: 'select', options: selectOptions(ICON_NAMES, (n) => `option.icon.${n}`), admin: { position: 'sidebar' } },
      {
        name: 'topic',
        type: 'relationship',
        relationTo: s.topics,
        admin: { position: 'sidebar', description: tr('actionFields.topic.help') },
      },
    ],
  }
}
