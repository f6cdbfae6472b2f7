import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { LOCALES } from '@shared/locales'
import { nobody, staffOnly } from '@cms/access/predicates'
import { selectOptions } from '@cms/fields/selectOptions'
import { FEEDBACK_STATUSES, type FeedbackStatus } from '@shared/vocabularies'
import { submitFeedbackEndpoint } from './endpoints/submit'

const STATUS_LABELS: Record<FeedbackStatus, [string, string]> = {
  new: ['New', 'Neu'],
  'in-progress': ['In progress', 'In Bearbeitung'],
  answered: ['Answered', 'Beantwortet'],
}

/**
 * Barrier reports from the accessibility statement's form. Personal data (name, e-mail) of
 * the public: only the town's staff read, update and delete them (the multi-tenant plugin
 * keeps each town's to itself); nobody creates them through the REST API, only through the
 * checked `/submit` endpoint and the portal's form.
 */
export function accessibilityFeedbackCollection(slug: PortalSlugs['accessibilityFeedback'], municipalitiesSlug: PortalSlugs['municipalities'], { withEndpoints }: { withEndpoints: boolean }): CollectionConfig {
  return {
    slug,
    labels: {
      singular: { en: 'Barrier report', de: 'Barriere-Meldung' },
      plural: { en: 'Barrier reports', de: 'Barriere-Meldungen' },
    },
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'status', 'pageUrl', 'locale', 'createdAt'],
      group: 'Settings',
      description: {
        en: 'Reports of accessibility barriers sent through the portal. Answer within a reasonable time (BITV 2.0); delete reports that are done.',
        de: 'Über das Portal gemeldete Barrieren. Zeitnah beantworten (BITV 2.0); erledigte Meldungen löschen.',
      },
    },
    access: { read: staffOnly, create: nobody, update: staffOnly, delete: staffOnly },
    defaultSort: '-createdAt',
    endpoints: withEndpoints ? [submitFeedbackEndpoint(slug, municipalitiesSlug)] : [],
    fields: [
      { name: 'subject', type: 'text', maxLength: 80, admin: { readOnly: true, description: 'The start of the description.' } },
      { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: selectOptions(FEEDBACK_STATUSES, STATUS_LABELS), admin: { position: 'sidebar' } },
      { name: 'pageUrl', label: { en: 'Page concerned', de: 'Betroffene Seite' }, type: 'text', maxLength: 500, admin: { readOnly: true } },
      { name: 'description', type: 'textarea', required: true, maxLength: 5000, admin: { readOnly: true } },
      { name: 'name', type: 'text', maxLength: 200, admin: { readOnly: true } },
      { name: 'email', type: 'email', admin: { readOnly: true } },
      {
        name: 'locale',
        label: { en: 'Written in', de: 'Geschrieben in' },
        type: 'select',
        options: LOCALES.map((l) => ({ value: l.code, label: `${l.englishName} (${l.code})` })),
        admin: { readOnly: true, position: 'sidebar', description: 'Answer in this language where you can.' },
      },
      { name: 'staffNotes', label: { en: 'Internal notes', de: 'Interne Notizen' }, type: 'textarea', maxLength: 5000 },
    ],
  }
}
