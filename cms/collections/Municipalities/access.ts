import type { Access } from 'payload'
import { tenantIDsOf } from '@cms/access/ids'
import { isAdmin, isEditor } from '@cms/access/roles'

/** Editors keep their own town's contact and imprint current; only admins add or remove towns. */
export const updateMunicipality: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!isEditor(req.user)) return false
  const towns = tenantIDsOf(req.user)
  return towns.length ? { id: { in: towns } } : false
}
