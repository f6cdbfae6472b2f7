import type { CollectionConfig } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { AUDIT_ACTIONS } from '@shared/auditLog'
import { inAllLanguages } from '@cms/i18n/inAllLanguages'
import { selectOptions } from '@cms/fields/selectOptions'
import { AUDIT_LOG_SLUG } from '@cms/audit/slug'
import { auditCsvEndpoint } from '@cms/audit/exportCsv'
import { auditLogAccess } from './access'
import { hideAdministration } from './hooks/hideAdministration'

const readOnly = { readOnly: true }

/**
 * The audit log (contract slug `audit-log`): who logged in, published, deleted or changed what,
 * when and from where. Append-only: written by the server (cms/audit/record.ts), read by admins
 * and by the editors of the towns an entry belongs to, deleted only by the retention job after
 * AUDIT_RETENTION_MONTHS (cms/audit/retention.ts). No timestamps of its own: `at` is the event's.
 */
export function auditLogCollection(municipalitiesSlug: PortalSlugs['municipalities'], { withEndpoints }: { withEndpoints: boolean }): CollectionConfig {
  return {
    slug: AUDIT_LOG_SLUG,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['at', 'action', 'actor', 'collectionSlug', 'title', 'changedFields', 'address'],
      group: inAllLanguages('group.settings'),
      disableCopyToLocale: true,
      ...(withEndpoints ? { components: { beforeListTable: ['/cms/components/AuditLogDownload#AuditLogDownload'] } } : {}),
    },
    access: auditLogAccess,
    hooks: { afterRead: [hideAdministration] },
    defaultSort: '-at',
    timestamps: false,
    disableDuplicate: true,
    lockDocuments: false,
    endpoints: withEndpoints ? [auditCsvEndpoint()] : [],
    fields: [
      { name: 'at', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'Pp' } } },
      { name: 'action', type: 'select', required: true, index: true, options: selectOptions(AUDIT_ACTIONS, (a) => `option.auditAction.${a}`), admin: readOnly },
      // The e-mail at the time ("system" for jobs and scripts; the e-mail tried for a failed login).
      { name: 'actor', type: 'text', required: true, index: true, admin: readOnly },
      { name: 'userId', type: 'text', index: true, admin: readOnly },
      { name: 'role', type: 'text', admin: readOnly },
      { name: 'collectionSlug', type: 'text', index: true, admin: readOnly },
      { name: 'documentId', type: 'text', index: true, admin: readOnly },
      { name: 'title', type: 'text', admin: readOnly },
      { name: 'changedFields', type: 'text', admin: readOnly },
      { name: 'detail', type: 'json', admin: readOnly },
      { name: 'towns', type: 'relationship', relationTo: municipalitiesSlug, hasMany: true, index: true, admin: readOnly },
      { name: 'address', type: 'text', admin: readOnly },
      { name: 'requestId', type: 'text', admin: readOnly },
    ],
  }
}
