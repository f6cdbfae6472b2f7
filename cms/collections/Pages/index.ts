import type { PortalSlugs } from '@cms/types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { ICON_NAMES } from '@shared/icons'
import { published, staffOnly } from '@cms/access/predicates'
import { isStaff } from '@cms/access/roles'
import { slugField } from '@cms/fields/slug'
import { indexSearchText, searchTextField } from '@cms/hooks/searchText'
import { noCycles } from '@cms/hooks/noCycles'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'
import { DAY_ONLY } from '@cms/fields/dayOnly'

type Slugs = Pick<PortalSlugs, 'pages' | 'services' | 'organizations'>

/**
 * Orientation guides (contract slug `pages`): a tree of pages per town ("First steps" →
 * "Registering your address" …), written and reviewed by municipal staff.
 */
export function pagesCollection(s: Slugs): CollectionConfig {
  return {
    slug: s.pages,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'parent', 'order', '_status', 'lastReviewedAt'], group: inAllLanguages('group.content') },
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    defaultSort: 'order',
    access: {
      read: ({ req }) => (isStaff(req.user) ? true : published),
      readVersions: staffOnly,
      create: staffOnly,
      update: staffOnly,
      delete: staffOnly,
    },
    hooks: { beforeValidate: [noCycles], beforeChange: [indexSearchText({ fields: ['title', 'summary', 'body'] })] },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
      slugField({ from: 'title', scope: 'municipality' }),
      {
        name: 'parent',
        type: 'relationship',
        relationTo: s.pages,
        index: true,
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        admin: { position: 'sidebar', description: tr('pages.parent.help') },
      },
      { name: 'order', type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar', description: tr('help.order') } },
      { name: 'icon', type: 'select', options: selectOptions(ICON_NAMES, (n) => `option.icon.${n}`), admin: { position: 'sidebar' } },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 300, admin: { description: tr('pages.summary.help') } },
      { name: 'body', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'relatedServices', type: 'relationship', relationTo: s.services, hasMany: true },
      { name: 'relatedOrganizations', type: 'relationship', relationTo: s.organizations, hasMany: true },
      {
        name: 'lastReviewedAt',
        type: 'date',
        index: true,
        defaultValue: () => new Date().toISOString(),
        admin: { position: 'sidebar', description: tr('pages.lastReviewedAt.help'), date: DAY_ONLY },
      },
      searchTextField,
    ],
  }
}
