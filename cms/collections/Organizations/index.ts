import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { staffField } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { selectOptions } from '@cms/fields/selectOptions'
import { ORGANIZATION_KINDS, type OrganizationKind } from '@shared/vocabularies'
import { pendingReviewField } from '@cms/fields/review'
import { slugField } from '@cms/fields/slug'
import { providerPublishing } from '@cms/hooks/providerPublishing'
import { externalIdField } from '@cms/import/externalIdField'
import { reindexOrganizationServices } from '../Services/hooks/indexSearchText'
import { manageOrganizations, providersSeeTheirOwn, readOrganizations, readOrganizationVersions, updateOrganizations } from './access'

const KIND_LABELS: Record<OrganizationKind, [string, string]> = {
  counselling: ['Counselling centre', 'Beratungsstelle'],
  'language-school': ['Language-course provider', 'Sprachkursträger'],
  association: ['Association / club', 'Verein'],
  authority: ['Authority / office', 'Behörde / Amt'],
  'job-centre': ['Job centre / employment agency', 'Jobcenter / Arbeitsagentur'],
  welfare: ['Welfare organisation', 'Wohlfahrtsverband'],
  religious: ['Religious community', 'Religionsgemeinschaft'],
  health: ['Health service', 'Gesundheitsdienst'],
  education: ['School / education', 'Schule / Bildung'],
  'migrant-organisation': ['Migrant organisation', 'Migrantenorganisation'],
  other: ['Other', 'Sonstige'],
}

/** Bodies that offer help (contract slug `organizations`); providers keep their own. */
export function organizationsCollection(slug: string, mediaSlug: PortalSlugs['media'] = 'media', servicesSlug: PortalSlugs['services'] = 'services', municipalitiesSlug: PortalSlugs['municipalities'] = 'municipalities'): CollectionConfig {
  return {
    slug,
    labels: {
      singular: { en: 'Organisation', de: 'Organisation' },
      plural: { en: 'Organisations', de: 'Organisationen' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', '_status', 'pendingReview', 'updatedAt'],
      group: 'Directory',
      baseFilter: providersSeeTheirOwn('id'),
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
      // A provider's change to its name, website, e-mail, phone or logo follows the town's review rule, like its services.
      beforeChange: [providerPublishing(municipalitiesSlug)],
      afterChange: [reindexOrganizationServices(servicesSlug)],
    },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 160, index: true },
      slugField({ from: 'name', scope: 'municipality' }),
      externalIdField,
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'counselling',
        options: selectOptions(ORGANIZATION_KINDS, KIND_LABELS),
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
        admin: { description: 'Only visible to municipal staff.' },
      },
      pendingReviewField,
    ],
  }
}
