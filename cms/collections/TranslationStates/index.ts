import type { CollectionConfig, CollectionSlug } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { LOCALES } from '@shared/locales'
import { TRANSLATION_STATES } from '@shared/translationState'
import { nobody, staffOnly } from '@cms/access/predicates'
import { confirmTranslationEndpoint } from '@cms/translation/endpoints'

const STATE_LABELS: Record<(typeof TRANSLATION_STATES)[number], [string, string]> = {
  source: ['Source text', 'Ausgangstext'],
  current: ['Current', 'Aktuell'],
  outdated: ['Outdated', 'Veraltet'],
  missing: ['Missing', 'Fehlt'],
  machine: ['Machine-translated (unreviewed)', 'Maschinell übersetzt (ungeprüft)'],
}

/**
 * One row per document and language with the state of its translation: the translators'
 * work list (filter by language and state) and the counts of the translation overview.
 * Written only by the tracking hook and the "still current" endpoint, never by hand.
 */
export function translationStatesCollection(slug: PortalSlugs['translationStates'], tracked: CollectionSlug[], withEndpoints: boolean): CollectionConfig {
  return {
    slug,
    labels: { singular: { en: 'Translation state', de: 'Übersetzungsstand' }, plural: { en: 'Translations', de: 'Übersetzungen' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'locale', 'state', 'document', 'updatedAt'],
      group: 'Content',
      listSearchableFields: ['title'],
      description: 'What is outdated, missing or machine-translated, per language. Open a document to translate it, or confirm there that a translation is still current.',
    },
    access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
    endpoints: withEndpoints ? [confirmTranslationEndpoint(slug)] : [],
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
        options: LOCALES.map((l) => ({ value: l.code, label: `${l.endonym} (${l.code})` })),
        admin: { readOnly: true },
      },
      {
        name: 'state',
        type: 'select',
        required: true,
        index: true,
        options: TRANSLATION_STATES.map((s) => ({ value: s, label: { en: STATE_LABELS[s][0], de: STATE_LABELS[s][1] } })),
        admin: { readOnly: true },
      },
      { name: 'textHash', type: 'text', admin: { hidden: true } },
      { name: 'basedOn', type: 'text', admin: { hidden: true } },
    ],
  }
}
