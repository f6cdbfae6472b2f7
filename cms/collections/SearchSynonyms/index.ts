import type { CollectionConfig } from 'payload'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { synonymsAccess } from './access'

/** Longest term or synonym: search words, not sentences. */
const MAX_LENGTH = 60

/**
 * Synonyms of the town's search, one document per language and term ("Arzt" → Hausarzt,
 * Praxis, Gesundheit): a search for the term also finds what its synonyms find, weighted
 * below the term itself. A change applies on the next search (the change bus drops the
 * town's list; cms/directory/synonyms.ts).
 */
export function searchSynonymsCollection(slug: string): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'term', defaultColumns: ['term', 'locale', 'synonyms'], group: inAllLanguages('group.directory'), description: tr('searchSynonyms.help') },
    access: synonymsAccess,
    defaultSort: 'term',
    fields: [
      { name: 'locale', type: 'select', required: true, index: true, defaultValue: 'de', options: LOCALE_OPTIONS, admin: { description: tr('searchSynonyms.locale.help') } },
      { name: 'term', type: 'text', required: true, index: true, maxLength: MAX_LENGTH, admin: { description: tr('searchSynonyms.term.help') } },
      { name: 'synonyms', type: 'text', hasMany: true, required: true, minRows: 1, maxRows: 30, maxLength: MAX_LENGTH, admin: { description: tr('searchSynonyms.synonyms.help') } },
    ],
  }
}
