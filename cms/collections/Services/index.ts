import type { PortalSlugs } from '@cms/types'
import { organizationField } from '@cms/fields/organization'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { organizationOwnedAccess } from '@cms/access/organizationOwned'
import { staffField } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { openingHoursFields } from '@cms/fields/openingHours'
import { reviewBannerField, reviewButtons, reviewFields } from '@cms/fields/review'
import { slugField } from '@cms/fields/slug'
import { externalIdField } from '@cms/import/externalIdField'
import { spokenLanguagesField } from '@cms/fields/spokenLanguages'
import { validateUrl } from '@cms/fields/validators'
import { belongsToOwnOrganization } from '@cms/hooks/belongsToOwnOrganization'
import { providerPublishing, submitForReview, tellProvidersOfApproval } from '@cms/hooks/providerPublishing'
import { searchTextField } from '@cms/hooks/searchText'
import { serviceChanged, serviceDeleted } from '@cms/hooks/updateDirectoryIndex'
import { providersSeeTheirOwn } from '../Organizations/access'
import { verifyEndpoint } from './endpoints/verify'
import { indexServiceSearchText } from './hooks/indexSearchText'
import { keepVerification } from './hooks/keepVerification'
import { APPOINTMENT_OPTIONS, COST_TYPE_OPTIONS, DELIVERY_OPTIONS, SERVICE_KIND_OPTIONS, SERVICE_STATUS_OPTIONS } from './options'
import { translate, tr } from '@cms/i18n/translate'
import { DAY_ONLY } from '@cms/fields/dayOnly'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import type { PortalKey } from '@cms/i18n/en'

type Slugs = Pick<PortalSlugs, 'services' | 'organizations' | 'locations' | 'topics' | 'audiences' | 'municipalities' | 'users'>

const localizedText = (name: string, maxLength: number, description?: PortalKey) => ({
  name,
  type: 'textarea' as const,
  localized: true,
  maxLength,
  ...(description ? { admin: { description: tr(description) } } : {}),
})

/** What organisations offer (contract slug `services`), modelled on Open Referral HSDS 3.0. */
export function servicesCollection(s: Slugs, { withEndpoints }: { withEndpoints: boolean }): CollectionConfig {
  return {
    slug: s.services,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'organization', 'status', '_status', 'pendingReview', 'lastVerifiedAt'],
      group: inAllLanguages('group.directory'),
      listSearchableFields: ['title', 'searchText'],
      // Other organisations' entries are public, but their drafts are not: list only the provider's own.
      baseFilter: providersSeeTheirOwn('organization'),
      components: { edit: reviewButtons },
    },
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: organizationOwnedAccess,
    endpoints: withEndpoints ? [verifyEndpoint(s.services)] : [],
    hooks: {
      beforeOperation: [submitForReview(s.municipalities)],
      beforeValidate: [belongsToOwnOrganization(s.organizations, { required: true })],
      beforeChange: [providerPublishing(s.municipalities), keepVerification, indexServiceSearchText(s.organizations)],
      afterChange: [serviceChanged, tellProvidersOfApproval],
      afterDelete: [serviceDeleted],
    },
    fields: [
      reviewBannerField,
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
      slugField({ from: 'title', scope: 'municipality' }),
      externalIdField,
      organizationField(s.organizations, { required: true }),
      { name: 'kind', type: 'select', required: true, index: true, options: SERVICE_KIND_OPTIONS, defaultValue: 'counselling' },
      localizedText('summary', 300, 'services.summary.help'),
      { name: 'description', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'topics', type: 'relationship', relationTo: s.topics, hasMany: true, index: true },
      { name: 'audiences', type: 'relationship', relationTo: s.audiences, hasMany: true, index: true },
      spokenLanguagesField('services.languages.help'),
      {
        name: 'cost',
        type: 'group',
        fields: [
          { name: 'type', type: 'select', required: true, defaultValue: 'free', index: true, options: COST_TYPE_OPTIONS },
          {
            name: 'amount',
            type: 'number',
            min: 0,
            max: 100000,
            admin: { condition: (_, sibling) => sibling?.type === 'fee', description: tr('help.euros') },
            validate: (value: number | null | undefined, { siblingData, req }: { siblingData: { type?: string }; req: PayloadRequest }) =>
              siblingData.type !== 'fee' || (typeof value === 'number' && value >= 0) ? true : translate(req.t, 'error.fee'),
          },
          { name: 'note', type: 'text', localized: true, maxLength: 200 },
        ],
      },
      localizedText('eligibility', 1000, 'services.eligibility.help'),
      localizedText('requiredDocuments', 1000, 'services.requiredDocuments.help'),
      localizedText('howToApply', 1000),
      {
        name: 'appointment',
        type: 'group',
        fields: [
          { name: 'required', type: 'select', required: true, defaultValue: 'recommended', options: APPOINTMENT_OPTIONS },
          { name: 'bookingUrl', type: 'text', validate: validateUrl, admin: { placeholder: 'https://' } },
        ],
      },
      { name: 'delivery', type: 'select', hasMany: true, options: DELIVERY_OPTIONS, defaultValue: ['in-person'] },
      {
        name: 'locations',
        type: 'array',
        fields: [
          {
            name: 'location',
            type: 'relationship',
            relationTo: s.locations,
            required: true,
            index: true,
            filterOptions: ({ data }) => (data?.organization ? { organization: { equals: data.organization } } : true),
          },
          { name: 'ownHours', type: 'checkbox' },
          { name: 'hours', type: 'group', fields: openingHoursFields(), admin: { condition: (_, sibling) => Boolean(sibling?.ownHours) } },
        ],
      },
      { name: 'contactPerson', type: 'text', maxLength: 120 },
      ...contactFields().filter((f) => 'name' in f && f.name !== 'website'),
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'active',
        index: true,
        options: SERVICE_STATUS_OPTIONS,
        admin: { position: 'sidebar' },
      },
      {
        type: 'row',
        fields: [
          { name: 'validFrom', type: 'date', admin: { width: '50%', date: DAY_ONLY } },
          {
            name: 'validTo',
            type: 'date',
            admin: { width: '50%', date: DAY_ONLY },
            validate: (value: unknown, { siblingData, req }: { siblingData: { validFrom?: string | null }; req: PayloadRequest }) =>
              !value || !siblingData.validFrom || String(value) >= siblingData.validFrom ? true : translate(req.t, 'error.endBeforeStart'),
          },
        ],
      },
      {
        name: 'lastVerifiedAt',
        type: 'date',
        index: true,
        // Set by "Still correct" and on creation, never typed in (else a stale entry could be faked fresh).
        access: { create: staffField, update: staffField },
        admin: { position: 'sidebar', readOnly: true, date: DAY_ONLY },
      },
      {
        name: 'lastVerifiedBy',
        type: 'relationship',
        relationTo: s.users,
        // Set only by hooks (creation, "Still correct"); staff identities stay with staff.
        access: { read: staffField, create: () => false, update: () => false },
        admin: { position: 'sidebar', readOnly: true },
      },
      ...reviewFields,
      ...(withEndpoints
        ? [
            {
              name: 'verify',
              type: 'ui' as const,
              admin: { position: 'sidebar' as const, components: { Field: '/cms/components/VerifyButton#VerifyButton' } },
            },
          ]
        : []),
      searchTextField,
    ],
  }
}
