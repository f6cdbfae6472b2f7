import type { PortalSlugs } from '@cms/types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'
import { published, staffOnly } from '@cms/access/predicates'
import { isStaff } from '@cms/access/roles'
import { slugField } from '@cms/fields/slug'
import { indexSearchText, searchTextField } from '@cms/hooks/searchText'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/**
 * News of the town (contract slug `news`): written by municipal staff only, never by
 * providers; drafts, and publishing at a set time (Payload's scheduled publish, run by the
 * job runner).
 */
export function newsCollection(slug: string, mediaSlug: PortalSlugs['media']): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: inAllLanguages('group.content') },
    versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 30 },
    defaultSort: '-publishedAt',
    hooks: { beforeChange: [indexSearchText({ fields: ['title', 'lead', 'body'] })] },
    access: {
      read: ({ req }) => (isStaff(req.user) ? true : published),
      readVersions: staffOnly,
      create: staffOnly,
      update: staffOnly,
      delete: staffOnly,
    },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
      slugField({ from: 'title', scope: 'municipality' }),
      { name: 'lead', type: 'textarea', localized: true, maxLength: 400, admin: { description: tr('news.lead.help') } },
      { name: 'body', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'image', type: 'upload', relationTo: mediaSlug },
      {
        name: 'publishedAt',
        type: 'date',
        index: true,
        defaultValue: () => new Date().toISOString(),
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      searchTextField,
    ],
  }
}
