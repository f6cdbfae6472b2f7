import type { PortalSlugs } from '@cms/types'
import { organizationField } from '@cms/fields/organization'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { organizationOwnedAccess } from '@cms/access/organizationOwned'
import { reviewBannerField, reviewButtons, reviewFields } from '@cms/fields/review'
import { slugField } from '@cms/fields/slug'
import { spokenLanguagesField } from '@cms/fields/spokenLanguages'
import { indexSearchText, searchTextField } from '@cms/hooks/searchText'
import { validateEmail, validateUrl } from '@cms/fields/validators'
import { belongsToOwnOrganization } from '@cms/hooks/belongsToOwnOrganization'
import { providerPublishing, submitForReview, tellProvidersOfApproval } from '@cms/hooks/providerPublishing'
import { providersSeeTheirOwn } from '../Organizations/access'
import { computeSchedule } from './hooks/computeSchedule'
import { EVENT_CATEGORY_OPTIONS, EVENT_COST_TYPE_OPTIONS } from './options'
import { recurrenceField } from './recurrenceField'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { translate, tr } from '@cms/i18n/translate'

type Slugs = Pick<PortalSlugs, 'events' | 'organizations' | 'locations' | 'topics' | 'audiences' | 'municipalities' | 'media'>

/**
 * Events (contract slug `events`): the women's breakfast every second Tuesday, network
 * meetings, course starts. Organisations announce their own (reviewed like their services);
 * the town announces events without an organiser. Repeating events store the rule and the
 * portal expands the dates.
 */
export function eventsCollection(s: Slugs): CollectionConfig {
  return {
    slug: s.events,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'start', 'category', 'organization', '_status', 'pendingReview'],
      group: inAllLanguages('group.content'),
      baseFilter: providersSeeTheirOwn('organization'),
      components: { edit: reviewButtons },
    },
    versions: { drafts: { validate: true }, maxPerDoc: 30 },
    defaultSort: 'start',
    access: organizationOwnedAccess,
    hooks: {
      beforeOperation: [submitForReview(s.municipalities)],
      beforeValidate: [belongsToOwnOrganization(s.organizations, { required: false })],
      afterChange: [tellProvidersOfApproval],
      beforeChange: [providerPublishing(s.municipalities), computeSchedule, indexSearchText({ fields: ['title', 'summary', 'description'] })],
    },
    fields: [
      reviewBannerField,
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
      slugField({ from: 'title', scope: 'municipality' }),
      organizationField(s.organizations, {
        description: 'events.organization.help',
      }),
      { name: 'category', type: 'select', required: true, index: true, options: EVENT_CATEGORY_OPTIONS, defaultValue: 'encounter' },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 300, admin: { description: tr('events.summary.help') } },
      { name: 'description', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'image', type: 'upload', relationTo: s.media },
      {
        type: 'row',
        fields: [
          { name: 'start', type: 'date', required: true, index: true, admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } } },
          { name: 'end', type: 'date', admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } } },
          { name: 'allDay', type: 'checkbox', admin: { width: '20%' } },
        ],
      },
      recurrenceField,
      {
        name: 'lastEnd',
        type: 'date',
        index: true,
        // Computed by computeSchedule; empty for a series without end.
        access: { create: () => false, update: () => false },
        admin: { hidden: true },
      },
      { name: 'topics', type: 'relationship', relationTo: s.topics, hasMany: true, index: true },
      { name: 'audiences', type: 'relationship', relationTo: s.audiences, hasMany: true, index: true },
      spokenLanguagesField('events.languages.help'),
      {
        name: 'location',
        type: 'relationship',
        relationTo: s.locations,
        index: true,
        admin: { description: tr('events.location.help') },
      },
      { name: 'locationNote', type: 'text', localized: true, maxLength: 160, admin: { description: tr('events.locationNote.help') } },
      { name: 'onlineUrl', type: 'text', validate: validateUrl, admin: { placeholder: 'https://' } },
      {
        name: 'registration',
        type: 'group',
        fields: [
          { name: 'required', type: 'checkbox' },
          { name: 'url', type: 'text', validate: validateUrl, admin: { placeholder: 'https://', condition: (_, s) => Boolean(s?.required) } },
          { name: 'email', type: 'email', validate: validateEmail, admin: { condition: (_, s) => Boolean(s?.required) } },
          { name: 'note', type: 'text', localized: true, maxLength: 200, admin: { condition: (_, s) => Boolean(s?.required) } },
        ],
      },
      {
        name: 'cost',
        type: 'group',
        fields: [
          { name: 'type', type: 'select', required: true, defaultValue: 'free', options: EVENT_COST_TYPE_OPTIONS },
          {
            name: 'amount',
            type: 'number',
            min: 0,
            max: 10000,
            admin: { condition: (_, sibling) => sibling?.type === 'fee', description: tr('help.euros') },
            validate: (value: number | null | undefined, { siblingData, req }: { siblingData: { type?: string }; req: PayloadRequest }) =>
              siblingData.type !== 'fee' || (typeof value === 'number' && value >= 0) ? true : translate(req.t, 'error.fee'),
          },
        ],
      },
      { name: 'cancelled', type: 'checkbox', index: true, admin: { position: 'sidebar', description: tr('events.cancelled.help') } },
      { name: 'cancellationNote', type: 'text', localized: true, maxLength: 200, admin: { position: 'sidebar', condition: (data) => Boolean(data?.cancelled) } },
      ...reviewFields,
      searchTextField,
    ],
  }
}
