import type { Access, FieldAccess, Where } from 'payload'
import { organizationIDsOf } from './ids'
import { isAdmin, isStaff } from './roles'

/**
 * Collection access rules shared by several collections. Tenant scoping (a user of one
 * town never touches another town's documents) is added on top of these by the
 * multi-tenant plugin; these rules say what each role may do inside its town.
 */

export const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true
export const nobody: Access = () => false
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const staffOnly: Access = ({ req }) => isStaff(req.user)
export const loggedIn: Access = ({ req }) => Boolean(req.user)

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const adminField: FieldAccess = ({ req }) => isAdmin(req.user)

/**
 * Documents owned by an organisation: staff see everything (in their town), providers their
 * own organisations' documents, and `otherwise` for the rest (e.g. the published ones).
 * For `readVersions` the path is the version's (`version.organization`, or `parent`).
 */
export function ownedByOrganization(field: string, otherwise: Where | false): Access {
  return ({ req }) => {
    if (!req.user) return otherwise
    if (isStaff(req.user)) return true
    const orgs = organizationIDsOf(req.user)
    // An empty `in` list is not portable across adapters: a provider without
    // organisations simply gets what anonymous readers get.
    if (orgs.length === 0) return otherwise
    const own: Where = { [field]: { in: orgs } }
    return otherwise ? { or: [own, otherwise] } : own
  }
}
