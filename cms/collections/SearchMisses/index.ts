import type { CollectionConfig } from 'payload'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { missesAccess } from './access'

/**
 * Searches of the portal that found nothing, per town, language, normalised term and day with
 * a count. No terms with digits, an "@" or over 40 characters (shared/searchMisses.ts); rows
 * older than 13 months are deleted by the retention job (cms/privacy/retention/).
 */
export function searchMissesCollection(slug: string): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'term', defaultColumns: ['day', 'term', 'locale', 'count'], group: inAllLanguages('group.settings'), description: tr('searchMisses.help') },
    access: missesAccess,
    defaultSort: '-day',
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
      { name: 'day', type: 'text', required: true, index: true, admin: { readOnly: true } },
      { name: 'term', type: 'text', required: true, index: true, maxLength: 40, admin: { readOnly: true } },
      { name: 'locale', type: 'select', required: true, index: true, options: LOCALE_OPTIONS, admin: { readOnly: true } },
      { name: 'count', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    ],
  }
}
