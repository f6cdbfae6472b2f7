import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { anyone, staffField, staffOnly } from '@cms/access/predicates'
import { slugField } from '@cms/fields/slug'
import { validateEmail } from '@cms/fields/validators'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/** The network's thematic working groups (contract slug `working-groups`). */
export function workingGroupsCollection(s: Pick<PortalSlugs, 'workingGroups' | 'organizations' | 'events' | 'measures' | 'actionFields'>): CollectionConfig {
  return {
    slug: s.workingGroups,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'actionField'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true, maxLength: 160 },
      slugField({ from: 'name', scope: 'municipality' }),
      { name: 'description', type: 'textarea', localized: true, maxLength: 1500 },
      { name: 'actionField', type: 'relationship', relationTo: s.actionFields },
      {
        name: 'members',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'organization', type: 'relationship', relationTo: s.organizations, admin: { width: '40%' } },
              // Personal contact data of members stays inside the administration.
              { name: 'contactName', type: 'text', maxLength: 120, access: { read: staffField }, admin: { width: '30%' } },
              { name: 'contactEmail', type: 'email', validate: validateEmail, access: { read: staffField }, admin: { width: '30%' } },
            ],
          },
          { name: 'role', type: 'text', localized: true, maxLength: 120, admin: { placeholder: 'Sprecherin, Protokoll …' } },
        ],
      },
      { name: 'meetings', type: 'relationship', relationTo: s.events, hasMany: true, admin: { description: tr('workingGroups.meetings.help') } },
      { name: 'measures', type: 'relationship', relationTo: s.measures, hasMany: true, admin: { description: tr('workingGroups.measures.help') } },
    ],
  }
}
