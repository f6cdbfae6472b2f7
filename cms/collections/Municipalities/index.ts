import type { CollectionConfig, PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { LOCALES } from '@shared/locales'
import { LOCALE_OPTIONS } from '@cms/fields/localeOptions'
import { MUNICIPALITY_KINDS, PROVIDER_PUBLISHING } from '@shared/vocabularies'
import { selectOptions } from '@cms/fields/selectOptions'
import { adminsOnly, anyone } from '@cms/access/predicates'
import { contactFields } from '@cms/fields/contact'
import { slugField } from '@cms/fields/slug'
import { validateAgs } from '@cms/fields/validators'
import { validateBrandColor } from './validateBrandColor'
import { validateMapShapes } from './validateMapShapes'
import { updateMunicipality } from './access'
import { enabledLocalesIncludeDefault } from './hooks/enabledLocalesIncludeDefault'
import { accessibilityStatementField, easyAccessField } from './accessibilityFields'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { translate, tr } from '@cms/i18n/translate'
import { townSsoField } from '@cms/auth/oidc/fields'


/** The towns and districts (tenants) this installation serves (contract slug). */
export function municipalitiesCollection(slug: string, mediaSlug: PortalSlugs['media'] = 'media'): CollectionConfig {
  return {
    slug,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'ags'], group: inAllLanguages('group.settings') },
    // Everything on a town is public (name, contact, imprint): the portal shows it.
    access: { read: anyone, create: adminsOnly, update: updateMunicipality, delete: adminsOnly },
    hooks: { beforeValidate: [enabledLocalesIncludeDefault] },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      slugField({ from: 'name', scope: null }),
      {
        name: 'ags',
        type: 'text',
        index: true,
        validate: validateAgs,
        admin: { description: tr('municipalities.ags.help') },
      },
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'city',
        options: selectOptions(MUNICIPALITY_KINDS, (v) => `option.municipalityKind.${v}`),
      },
      {
        name: 'defaultLocale',
        type: 'select',
        required: true,
        defaultValue: 'de',
        options: LOCALE_OPTIONS,
      },
      {
        name: 'enabledLocales',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: LOCALES.map((l) => l.code),
        options: LOCALE_OPTIONS,
        admin: { description: tr('municipalities.enabledLocales.help') },
      },
      {
        name: 'timeZone',
        type: 'text',
        defaultValue: 'Europe/Berlin',
        required: true,
        validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: value ?? '' })
            return true
          } catch {
            return translate(req.t, 'error.timeZone')
          }
        },
      },
      {
        name: 'directory',
        type: 'group',
        fields: [
          {
            name: 'providerPublishing',
            type: 'select',
            defaultValue: 'review',
            options: selectOptions(PROVIDER_PUBLISHING, (v) => `option.publishing.${v}`),
          },
          {
            name: 'staleAfterMonths',
            type: 'number',
            defaultValue: 6,
            min: 1,
            max: 36,
            admin: { description: tr('municipalities.staleAfterMonths.help') },
          },
        ],
      },
      { name: 'welcome', type: 'textarea', localized: true, maxLength: 600, admin: { description: tr('municipalities.welcome.help') } },
      {
        name: 'contact',
        type: 'group',
        fields: [
          { name: 'office', type: 'text', maxLength: 200, admin: { description: tr('municipalities.office.help') } },
          { name: 'street', type: 'text', maxLength: 200 },
          { name: 'postalCode', type: 'text', maxLength: 10, validate: (v: string | null | undefined, { req }: { req: PayloadRequest }) => !v || /^\d{5}$/.test(v) || translate(req.t, 'error.postcode') },
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
            admin: { description: tr('municipalities.primaryColor.help') },
          },
        ],
      },
      // Drawn under the results map's markers; GeoJSON because every GIS office can export it.
      { name: 'mapShapes', type: 'json', validate: validateMapShapes, admin: { description: tr('municipalities.mapShapes.help') } },
      { name: 'imprint', type: 'richText', localized: true, editor: lexicalEditor() },
      { name: 'privacy', type: 'richText', localized: true, editor: lexicalEditor() },
      accessibilityStatementField(),
      easyAccessField(mediaSlug),
      townSsoField(),
    ],
  }
}
