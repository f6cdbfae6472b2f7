import type { Access, BaseFilter } from 'payload'
import { organizationIDsOf } from '@cms/access/ids'
import { ownedByOrganization, published } from '@cms/access/predicates'
import { isProvider, isStaff } from '@cms/access/roles'

/** The public sees published organisations; providers also their own drafts. */
export const readOrganizations: Access = ownedByOrganization('id', published)

/** Staff edit all organisations of their town; a provider edits its own. */
export const updateOrganizations: Access = ownedByOrganization('id', false)

/** Versions are documents of their own: the organisation is their `parent`. */
export const readOrganizationVersions: Access = ownedByOrganization('parent', false)

/** Only staff add or remove organisations: a provider cannot create a second identity. */
export const manageOrganizations: Access = ({ req }) => isStaff(req.user)

export const ownsOrganization = (user: unknown, organizationID: string | null): boolean =>
  organizationID !== null && organizationIDsOf(user).includes(organizationID)

/**
 * In the admin a provider's list shows its own organisations only: the others are public
 * anyway, but listing them would invite editing attempts that access control refuses.
 */
export const providersSeeTheirOwn = (field = 'id'): BaseFilter => ({ req }) => {
  if (!isProvider(req.user)) return null
  const own = organizationIDsOf(req.user)
  return own.length ? { [field]: { in: own } } : { id: { equals: '00000000-0000-0000-0000-000000000000' } }
}
