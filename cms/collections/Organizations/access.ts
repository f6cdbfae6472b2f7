import type { Access } from 'payload'
import { organizationIDsOf } from '../../access/ids'
import { ownedByOrganization, published } from '../../access/predicates'
import { isStaff } from '../../access/roles'

/** The public sees published organisations; providers also their own drafts. */
export const readOrganizations: Access = ownedByOrganization('id', published)

/** Staff edit all organisations of their town; a provider edits its own. */
export const updateOrganizations: Access = ownedByOrganization('id', false)

/** Only staff add or remove organisations: a provider cannot create a second identity. */
export const manageOrganizations: Access = ({ req }) => isStaff(req.user)

export const ownsOrganization = (user: unknown, organizationID: string | null): boolean =>
  organizationID !== null && organizationIDsOf(user).includes(organizationID)
