import type { Access, CollectionConfig } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { nobody } from '@cms/access/predicates'
import { isAdmin, isEditor } from '@cms/access/roles'

/**
 * Admins read every entry; an editor the entries of their towns (the towns of the document or
 * of the account an entry is about); providers and the public nothing.
 */
export const readAuditLog: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (!isEditor(user)) return false
  const towns = tenantIDsOf(user)
  return towns.length ? { towns: { in: towns } } : false
}

/**
 * Append-only: nobody, admins included, creates, changes or deletes an entry through any API.
 * Only the server writes them (cms/audit/record.ts) and the retention job deletes them.
 */
export const auditLogAccess: CollectionConfig['access'] = { read: readAuditLog, create: nobody, update: nobody, delete: nobody, readVersions: nobody }
