import type { CollectionConfig } from 'payload'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { nobody, staffOnly } from '@cms/access/predicates'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'

export const VIEW_KINDS = ['home', 'guide', 'service', 'organization', 'event', 'news', 'plan', 'measure', 'indicator', 'search', 'directory', 'events'] as const
export type ViewKind = (typeof VIEW_KINDS)[number]

/**
 * Portal views per day, page and language: counted on the server, without cookies, IP
 * addresses, user agents or anything else about the reader. Staff read them; nobody writes
 * them through the API.
 */
export function pageViewsCollection(slug: string): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'path', defaultColumns: ['day', 'path', 'locale', 'count'], group: inAllLanguages('group.settings'), description: tr('pageViews.help') },
    access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
    defaultSort: '-day',
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
      { name: 'day', type: 'text', required: true, index: true, admin: { readOnly: true } },
      { name: 'kind', type: 'select', required: true, index: true, options: selectOptions(VIEW_KINDS, (k) => `option.viewKind.${k}`), admin: { readOnly: true } },
      { name: 'documentID', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'path', type: 'text', required: true, admin: { readOnly: true } },
      { name: 'locale', type: 'select', required: true, index: true, options: LOCALE_OPTIONS, admin: { readOnly: true } },
      { name: 'count', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    ],
  }
}
