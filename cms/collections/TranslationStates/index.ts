import type { CollectionConfig, CollectionSlug } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { TRANSLATION_STATES } from '@shared/translationState'
import { nobody, staffOnly } from '@cms/access/predicates'
import { confirmTranslationEndpoint, nativeReviewEndpoint } from '@cms/translation/endpoints'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'
import { selectOptions } from '@cms/fields/selectOptions'

/**
 * One row per document and language with the state of its translation: the translators'
 * work list (filter by language and state) and the counts of the translation overview.
 * Written only by the tracking hook and the "still current" endpoint, never by hand.
 */
export function translationStatesCollection(slug: PortalSlugs['translationStates'], tracked: CollectionSlug[], withEndpoints: boolean): CollectionConfig {
  return {
    slug,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'locale', 'state', 'needsNativeReview', 'document', 'updatedAt'],
      group: inAllLanguages('group.content'),
      listSearchableFields: ['title'],
      description: tr('translationStates.help'),
    },
    access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
    endpoints: withEndpoints ? [confirmTranslationEndpoint(slug), nativeReviewEndpoint(slug)] : [],
    defaultSort: '-updatedAt',
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
      { name: 'document', type: 'relationship', relationTo: tracked, required: true, index: true, admin: { readOnly: true } },
      { name: 'title', type: 'text', admin: { readOnly: true } },
      {
        name: 'locale',
        type: 'select',
        required: true,
        index: true,
        options: LOCALE_OPTIONS,
        admin: { readOnly: true },
      },
      {
        name: 'state',
        type: 'select',
        required: true,
        index: true,
        options: selectOptions(TRANSLATION_STATES, (s) => `option.translationState.${s}`),
        admin: { readOnly: true },
      },
      // Beside the state, not a state of its own: see shared/nativeReview.ts.
      {
        name: 'needsNativeReview',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        admin: { readOnly: true, description: tr('translationStates.needsNativeReview.help') },
      },
      { name: 'textHash', type: 'text', admin: { hidden: true } },
      { name: 'basedOn', type: 'text', admin: { hidden: true } },
    ],
  }
}
