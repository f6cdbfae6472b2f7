import type { CollectionAfterReadHook } from 'payload'
import { isAdmin } from '@cms/access/roles'
import { translate } from '@cms/i18n/translate'

/**
 * A town's editors read their town's entries, but never an admin's e-mail, account or address
 * (the rule the leak probes keep everywhere else): an entry made by an admin names "the
 * administration" to anyone but an admin, in the CSV export too (it reads through the same access).
 */
export const hideAdministration: CollectionAfterReadHook = ({ doc, req }) => {
  if (isAdmin(req.user) || doc?.role !== 'admin') return doc
  return { ...doc, actor: translate(req.t, 'auditLog.byAdministration'), userId: null, address: null }
}
