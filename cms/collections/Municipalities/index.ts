import type { CollectionConfig } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { LOCALES } from '@shared/locales'
import { MUNICIPALITY_KINDS, PROVIDER_PUBLISHING, type MunicipalityKind, type ProviderPublishing } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'
import { adminsOnly, anyone } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { slugField } from '@cms/fields/slug'
import { validateAgs } from '@cms/fields/validators'
import { validateBrandColor } from './validateBrandColor'
import { updateMunicipality } from './access'
import { enabledLocalesIncludeDefault } from './hooks/enabledLocalesIncludeDefault'
import { accessibilityStatementField, easyAccessField } from './accessibilityFields'

const localeOptions = LOCALES.map((l) => ({ label: `${l.endonym} (${l.code})`, value: l.code }))

const KIND_LABELS: Record<MunicipalityKind, string> = {
  city: 'City / town',
  district: 'District (Landkreis)',
  municipality: 'Municipality (Gemeinde)',
}

const PUBLISHING_LABELS: Record<ProviderPublishing, [string, string]> = {
  review: ['An editor reviews provider changes before they go live', 'Redaktion prüft Änderungen der Anbieter vor der Veröffentlichung'],
  direct: ['Providers publish their own changes', 'Anbieter veröffentlichen selbst'],
}

/** The towns and districts (tenants) this installation serves (contract slug). */
export function municipalitiesCollection(slug: string, mediaSlug: PortalSlugs['media'] = 'media'): CollectionConfig {
  return {
    slug,
    labels: {
      singular: { en: 'Municipality', de: 'Kommune' },
      plural: { en: 'Municipalities', de: 'Kommunen' },
    },
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'ags'], group: 'Settings' },
    // Everything on a town is public (name, contact, imprint): the portal shows it.
    access: { read: anyone, create: adminsOnly, update: updateMunicipality, delete: adminsOnly },
    hooks: { beforeValidate: [enabledLocalesIncludeDefault] },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      slugField({ from: 'name', scope: null }),
      {
        name: 'ags',
        label: 'Official municipality key (AGS)',
        type: 'text',
        index: true,
        validate: validateAgs,
        admin: { description: '8 digits (e.g. 16056000 for Eisenach), 5 for a district.' },
      },
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'city',
        options: MUNICIPALITY_KINDS.map((value) => ({ label: KIND_LABELS[value], value })),
      },
      {
        name: 'defaultLocale',
        type: 'select',
        required: true,
        defaultValue: 'de',
        options: localeOptions,
      },
      {
        name: 'enabledLocales',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: LOCALES.map((l) => l.code),
        options: localeOptions,
        admin: { description: 'The languages the portal offers for this town.' },
      },
      {
        name: 'timeZone',
        type: 'text',
        defaultValue: 'Europe/Berlin',
        required: true,
        validate: (value: string | null | undefined) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: value ?? '' })
            return true
          } catch {
            return 'Unknown time zone (example: Europe/Berlin).'
          }
        },
      },
      {
        name: 'directory',
        label: { en: 'Service directory settings', de: 'Einstellungen Angebotsverzeichnis' },
        type: 'group',
        fields: [
          {
            name: 'providerPublishing',
            type: 'select',
            defaultValue: 'review',
            options: selectOptions(PROVIDER_PUBLISHING, PUBLISHING_LABELS),
          },
          {
            name: 'staleAfterMonths',
            type: 'number',
            defaultValue: 6,
            min: 1,
            max: 36,
            admin: { description: 'Entries not confirmed for this many months count as outdated; their providers get a reminder.' },
          },
        ],
      },
      { name: 'welcome', type: 'textarea', localized: true, maxLength: 600, admin: { description: 'A short greeting on the town’s home page.' } },
      {
        name: 'contact',
        type: 'group',
        fields: [
          { name: 'office', type: 'text', maxLength: 200, admin: { description: 'e.g. the integration office' } },
          { name: 'street', type: 'text', maxLength: 200 },
          { name: 'postalCode', type: 'text', maxLength: 10, validate: (v: string | null | undefined) => !v || /^\d{5}$/.test(v) || 'A German postcode has 5 digits.' },
          { name: 'city', type: 'text', maxLength: 120 },
          ...contactFields(),
        ],
      },
      { name: 'logo', type: 'upload', relationTo: mediaSlug },
      {
        name: 'theme',
        type: 'group',
        fields: [
          {
            name: 'primaryColor',
            type: 'text',
            defaultValue: '#0b5394',
            validate: validateBrandColor,
            admin: { description: 'The town’s colour, e.g. #0b5394. It must be dark enough to carry white text.' },
          },
        ],
      },
      { name: 'imprint', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'privacy', type: 'richText', localized: true, editor: lexicalEditor() },
      accessibilityStatementField(),
      easyAccessField(mediaSlug),
    ],
  }
}
