import type { Access } from 'payload'
import { ownedByOrganization } from '../../access/predicates'
import { roleOf } from '../../access/roles'

/** Any account may upload (providers for their own organisations, checked in a hook). */
export const createMedia: Access = ({ req }) => roleOf(req.user) !== null

/** Staff manage the town's media; providers their organisations' uploads. */
export const manageMedia: Access = ownedByOrganization('organization', false)
