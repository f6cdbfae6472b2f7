import type { PortalSlugs } from '@cms/types'
import { organizationField } from '@cms/fields/organization'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { organizationOwnedAccess } from '@cms/access/organizationOwned'
import { isValidLatitude, isValidLongitude } from '@shared/geo'
import { openingHoursFields } from '@cms/fields/openingHours'
import { reviewBannerField, reviewButtons, reviewFields } from '@cms/fields/review'
import { belongsToOwnOrganization } from '@cms/hooks/belongsToOwnOrganization'
import { providerPublishing, submitForReview, tellProvidersOfApproval } from '@cms/hooks/providerPublishing'
import { externalIdField } from '@cms/import/externalIdField'
import { locationChanged, locationDeleted } from '@cms/hooks/updateDirectoryIndex'
import { providersSeeTheirOwn } from '../Organizations/access'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { translate, tr } from '@cms/i18n/translate'

type Slugs = Pick<PortalSlugs, 'locations' | 'organizations' | 'districts' | 'municipalities'>

/** Latitude or longitude: a number in range, with a message and a way to find it in the admin user's language. */
const coordinate = (name: 'latitude' | 'longitude', check: (v: unknown) => boolean) => ({
  name,
  type: 'number' as const,
  required: true,
  index: true,
  validate: (value: number | null | undefined, { req }: { req: PayloadRequest }) => (check(value) ? true : translate(req.t, `error.${name}`)),
  admin: { step: 0.000001, width: '50%', description: tr(`locations.${name}.help`) },
})

/** Places where services happen (contract slug `locations`), kept by their organisation. */
export function locationsCollection(s: Slugs): CollectionConfig {
  return {
    slug: s.locations,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'organization', '_status', 'pendingReview'],
      group: inAllLanguages('group.directory'),
      baseFilter: providersSeeTheirOwn('organization'),
      components: { edit: reviewButtons },
    },
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: organizationOwnedAccess,
    hooks: {
      beforeOperation: [submitForReview(s.municipalities)],
      beforeValidate: [belongsToOwnOrganization(s.organizations, { required: true })],
      beforeChange: [providerPublishing(s.municipalities)],
      afterChange: [locationChanged, tellProvidersOfApproval],
      afterDelete: [locationDeleted],
    },
    fields: [
      reviewBannerField,
      { name: 'name', type: 'text', required: true, maxLength: 160 },
      organizationField(s.organizations, { required: true }),
      externalIdField,
      {
        name: 'address',
        type: 'group',
        fields: [
          { name: 'street', type: 'text', required: true, maxLength: 160 },
          {
            type: 'row',
            fields: [
              {
                name: 'postalCode',
                type: 'text',
                required: true,
                validate: (v: string | null | undefined, { req }: { req: PayloadRequest }) => (v && /^\d{5}$/.test(v) ? true : translate(req.t, 'error.postcode')),
                admin: { width: '30%' },
              },
              { name: 'city', type: 'text', required: true, maxLength: 120, admin: { width: '70%' } },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          coordinate('latitude', isValidLatitude),
          coordinate('longitude', isValidLongitude),
        ],
      },
      { name: 'district', type: 'relationship', relationTo: s.districts, index: true },
      {
        name: 'accessibility',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'stepFree', type: 'checkbox' },
              { name: 'lift', type: 'checkbox' },
              { name: 'accessibleToilet', type: 'checkbox' },
              { name: 'hearingLoop', type: 'checkbox' },
            ],
          },
          { name: 'notes', type: 'textarea', localized: true, maxLength: 500 },
        ],
      },
      { name: 'transport', type: 'textarea', localized: true, maxLength: 300 },
      { name: 'hours', type: 'group', fields: openingHoursFields() },
      ...reviewFields,
    ],
  }
}
