import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { staffField } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { selectOptions } from '@cms/fields/selectOptions'
import { ORGANIZATION_KINDS } from '@shared/vocabularies'
import { reviewBannerField, reviewButtons, reviewFields } from '@cms/fields/review'
import { slugField } from '@cms/fields/slug'
import { providerPublishing, submitForReview, tellProvidersOfApproval } from '@cms/hooks/providerPublishing'
import { externalIdField } from '@cms/import/externalIdField'
import { reindexOrganizationServices } from '../Services/hooks/indexSearchText'
import { manageOrganizations, providersSeeTheirOwn, readOrganizations, readOrganizationVersions, updateOrganizations } from './access'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { tr } from '@cms/i18n/translate'

/** Bodies that offer help (contract slug `organizations`); providers keep their own. */
export function organizationsCollection(slug: string, mediaSlug: PortalSlugs['media'] = 'media', servicesSlug: PortalSlugs['services'] = 'services', municipalitiesSlug: PortalSlugs['municipalities'] = 'municipalities'): CollectionConfig {
  return {
    slug,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', '_status', 'pendingReview', 'updatedAt'],
      group: inAllLanguages('group.directory'),
      baseFilter: providersSeeTheirOwn('id'),
      components: { edit: reviewButtons },
    },
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: {
      read: readOrganizations,
      readVersions: readOrganizationVersions,
      create: manageOrganizations,
      update: updateOrganizations,
      delete: manageOrganizations,
    },
    hooks: {
      beforeOperation: [submitForReview(municipalitiesSlug)],
      // A provider's change to its name, website, e-mail, phone or logo follows the town's review rule, like its services.
      beforeChange: [providerPublishing(municipalitiesSlug)],
      afterChange: [reindexOrganizationServices(servicesSlug), tellProvidersOfApproval],
    },
    fields: [
      reviewBannerField,
      { name: 'name', type: 'text', required: true, maxLength: 160, index: true },
      slugField({ from: 'name', scope: 'municipality' }),
      externalIdField,
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'counselling',
        options: selectOptions(ORGANIZATION_KINDS, (v) => `option.organizationKind.${v}`),
      },
      { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
      ...contactFields(),
      { name: 'logo', type: 'upload', relationTo: mediaSlug },
      {
        name: 'internalNotes',
        type: 'textarea',
        maxLength: 4000,
        // Notes between municipal staff (e.g. funding, contact persons): never public, never for providers.
        access: { read: staffField, create: staffField, update: staffField },
        admin: { description: tr('organizations.internalNotes.help') },
      },
      ...reviewFields,
    ],
  }
}
