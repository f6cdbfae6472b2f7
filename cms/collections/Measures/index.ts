import type { PortalSlugs } from '@cms/types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { anyone, staffOnly } from '@cms/access/predicates'
import { isStaff } from '@cms/access/roles'
import { slugField } from '@cms/fields/slug'
import { noCycles } from '@cms/hooks/noCycles'
import { updateMeasure, staffOnlyExcept } from './access'
import { recordStatus } from './hooks/recordStatus'
import { hidePendingReports, reviewReports } from './hooks/reviewReports'
import { reviewFlag } from '@cms/fields/review'
import { FUNDING_OPTIONS, STATUS_OPTIONS } from './options'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { translate, tr } from '@cms/i18n/translate'
import { DAY_ONLY } from '@cms/fields/dayOnly'

type Slugs = Pick<PortalSlugs, 'measures' | 'actionFields' | 'goals' | 'organizations' | 'services' | 'events' | 'news' | 'indicators' | 'media' | 'municipalities'>

// "0377-StR/2020": number, body, year; other towns write theirs differently, so only the length is checked.
const councilResolution = (v: string | null | undefined, { req }: { req: PayloadRequest }) => (!v || v.length <= 60 ? true : translate(req.t, 'error.councilResolution'))

/**
 * Measures of the plan (contract slug `measures`): what is done, by whom, since when, with what
 * money, how far it got, and what it produced. Public; staff keep it; the responsible
 * organisation's providers write progress reports.
 */
export function measuresCollection(s: Slugs): CollectionConfig {
  return {
    slug: s.measures,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'actionField', 'status', 'progress', 'responsibleOrganization'], group: inAllLanguages('group.plan') },
    access: { read: anyone, create: staffOnly, update: updateMeasure, delete: staffOnly },
    versions: { maxPerDoc: 50 },
    hooks: {
      beforeValidate: [noCycles],
      beforeChange: [recordStatus, reviewReports(s.municipalities)],
      afterRead: [hidePendingReports],
    },
    fields: staffOnlyExcept(
      [
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
        slugField({ from: 'title', scope: 'municipality' }),
        { name: 'description', type: 'richText', localized: true, editor: lexicalEditor() },
        { name: 'justification', type: 'textarea', localized: true, maxLength: 1500, admin: { description: tr('measures.justification.help') } },
        {
          type: 'row',
          fields: [
            { name: 'actionField', type: 'relationship', relationTo: s.actionFields, required: true, index: true, admin: { width: '50%' } },
            {
              name: 'goals',
              type: 'relationship',
              relationTo: s.goals,
              hasMany: true,
              filterOptions: ({ data }) => (data?.actionField ? { actionField: { equals: data.actionField } } : true),
              admin: { width: '50%' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, defaultValue: 'planned', index: true, options: STATUS_OPTIONS, admin: { width: '50%' } },
            {
              name: 'progress',
              type: 'number',
              min: 0,
              max: 100,
              defaultValue: 0,
              admin: { width: '50%', description: tr('measures.progress.help') },
            },
          ],
        },
        {
          name: 'statusHistory',
          type: 'array',
          admin: { description: tr('measures.statusHistory.help'), initCollapsed: true },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'date', type: 'date', required: true, admin: { width: '40%', date: DAY_ONLY } },
                { name: 'status', type: 'select', required: true, options: STATUS_OPTIONS, admin: { width: '60%' } },
              ],
            },
            { name: 'note', type: 'text', localized: true, maxLength: 300 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'responsibleOrganization', type: 'relationship', relationTo: s.organizations, index: true, admin: { width: '50%' } },
            { name: 'responsibleOffice', type: 'text', localized: true, maxLength: 200, admin: { width: '50%', description: tr('measures.responsibleOffice.help') } },
          ],
        },
        { name: 'partners', type: 'relationship', relationTo: s.organizations, hasMany: true },
        {
          name: 'period',
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'start', type: 'date', admin: { width: '50%', date: DAY_ONLY } },
                {
                  name: 'end',
                  type: 'date',
                  admin: { width: '50%', description: tr('measures.end.help'), date: DAY_ONLY },
                  validate: (value: unknown, { siblingData, req }: { siblingData: { start?: string | null }; req: PayloadRequest }) =>
                    !value || !siblingData.start || String(value) >= siblingData.start ? true : translate(req.t, 'error.endBeforeStart'),
                },
              ],
            },
          ],
        },
        {
          name: 'funding',
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'costEstimate', type: 'number', min: 0, max: 100_000_000, admin: { width: '33%', description: tr('help.euros') } },
                { name: 'source', type: 'select', options: FUNDING_OPTIONS, admin: { width: '33%' } },
                { name: 'note', type: 'text', localized: true, maxLength: 200, admin: { width: '34%', placeholder: 'z. B. Landesprogramm „Integration“' } },
              ],
            },
          ],
        },
        { name: 'councilResolution', type: 'text', validate: councilResolution, admin: { placeholder: '0377-StR/2020' } },
        {
          type: 'row',
          fields: [
            {
              name: 'parent',
              type: 'relationship',
              relationTo: s.measures,
              index: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: { width: '60%', description: tr('measures.parent.help') },
            },
            { name: 'weight', type: 'number', min: 0, max: 100, defaultValue: 1, admin: { width: '40%', description: tr('measures.weight.help') } },
          ],
        },
        {
          name: 'reports',
          type: 'array',
          // Reports waiting for review are left out of what the public reads (hidePendingReports);
          // filtering or sorting by their fields would find them anyway, so only staff may.
          custom: { queryableBy: (req: PayloadRequest) => isStaff(req.user) },
          fields: [
            { name: 'date', type: 'date', required: true, admin: { date: DAY_ONLY } },
            { name: 'text', type: 'richText', localized: true, editor: lexicalEditor() },
            { name: 'attachments', type: 'upload', relationTo: s.media, hasMany: true },
            reviewFlag('measures.reportPending.help', undefined),
          ],
        },
        { name: 'services', type: 'relationship', relationTo: s.services, hasMany: true, admin: { description: tr('measures.services.help') } },
        { name: 'events', type: 'relationship', relationTo: s.events, hasMany: true },
        { name: 'news', type: 'relationship', relationTo: s.news, hasMany: true },
        { name: 'indicators', type: 'relationship', relationTo: s.indicators, hasMany: true },
      ],
      ['reports'],
    ),
  }
}
