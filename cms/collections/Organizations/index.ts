import type { PortalSlugs } from '@cms/types'
import type { CollectionConfig } from 'payload'
import { staffField } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { pendingReviewField } from '@cms/fields/review'
import { slugField } from '@cms/fields/slug'
import { providerPublishing } from '@cms/hooks/providerPublishing'
import { externalIdField } from '@cms/import/externalIdField'
import { reindexOrganizationServices } from '../Services/hooks/indexSearchText'
import { manageOrganizations, providersSeeTheirOwn, readOrganizations, readOrganizationVersions, updateOrganizations } from './access'

export const ORGANIZATION_KINDS = [
  { value: 'counselling', label: { en: 'Counselling centre', de: 'Beratungsstelle' } },
  { value: 'language-school', label: { en: 'Language-course provider', de: 'Sprachkursträger' } },
  { value: 'association', label: { en: 'Association / club', de: 'Verein' } },
  { value: 'authority', label: { en: 'Authority / office', de: 'Behörde / Amt' } },
  { value: 'job-centre', label: { en: 'Job centre / employment agency', de: 'Jobcenter / Arbeitsagentur' } },
  { value: 'welfare', label: { en: 'Welfare organisation', de: 'Wohlfahrtsverband' } },
  { value: 'religious', label: { en: 'Religious community', de: 'Religionsgemeinschaft' } },
  { value: 'health', label: { en: 'Health service', de: 'Gesundheitsdienst' } },
  { value: 'education', label: { en: 'School / education', de: 'Schule / Bildung' } },
  { value: 'migrant-organisation', label: { en: 'Migrant organisation', de: 'Migrantenorganisation' } },
  { value: 'other', label: { en: 'Other', de: 'Sonstige' } },
] as const

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
        options: ORGANIZATION_KINDS.map((k) => ({ value: k.value, label: { ...k.label } })),
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
