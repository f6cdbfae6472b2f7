import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { nobody, staffOnly } from '@cms/access/predicates'
import { selectOptions } from '@cms/fields/selectOptions'
import { FEEDBACK_STATUSES } from '@shared/vocabularies'
import { submitFeedbackEndpoint } from './endpoints/submit'
import { stampClosed } from './hooks/stampClosed'
import { DAY_ONLY } from '@cms/fields/dayOnly'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/**
 * Barrier reports from the accessibility statement's form. Personal data (name, e-mail) of
 * the public: only the town's staff read, update and delete them (the multi-tenant plugin
 * keeps each town's to itself); nobody creates them through the REST API, only through the
 * checked `/submit` endpoint and the portal's form. Deleted 12 months after they were closed
 * (`closedAt`; the period is configurable: cms/privacy/retention/kinds/barrierReports.ts).
 */
export function accessibilityFeedbackCollection(slug: PortalSlugs['accessibilityFeedback'], municipalitiesSlug: PortalSlugs['municipalities'], { withEndpoints }: { withEndpoints: boolean }): CollectionConfig {
  return {
    slug,
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'status', 'pageUrl', 'locale', 'createdAt'],
      group: inAllLanguages('group.settings'),
      description: tr('accessibilityFeedback.help'),
    },
    access: { read: staffOnly, create: nobody, update: staffOnly, delete: staffOnly },
    defaultSort: '-createdAt',
    endpoints: withEndpoints ? [submitFeedbackEndpoint(slug, municipalitiesSlug)] : [],
    hooks: { beforeChange: [stampClosed] },
    fields: [
      { name: 'subject', type: 'text', maxLength: 80, admin: { readOnly: true, description: tr('accessibilityFeedback.subject.help') } },
      { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: selectOptions(FEEDBACK_STATUSES, (v) => `option.feedbackStatus.${v}`), admin: { position: 'sidebar' } },
      // Set by the hook when the status becomes "answered", never typed in (it starts the retention period).
      { name: 'closedAt', type: 'date', index: true, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar', date: DAY_ONLY, description: tr('accessibilityFeedback.closedAt.help') } },
      { name: 'pageUrl', type: 'text', maxLength: 500, admin: { readOnly: true } },
      { name: 'description', type: 'textarea', required: true, maxLength: 5000, admin: { readOnly: true } },
      { name: 'name', type: 'text', maxLength: 200, admin: { readOnly: true } },
      { name: 'email', type: 'email', admin: { readOnly: true } },
      {
        name: 'locale',
        type: 'select',
        options: LOCALE_OPTIONS,
        admin: { readOnly: true, position: 'sidebar', description: tr('accessibilityFeedback.locale.help') },
      },
      { name: 'staffNotes', type: 'textarea', maxLength: 5000 },
    ],
  }
}
