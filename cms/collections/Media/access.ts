import type { Access } from 'payload'
import { ownedByOrganization } from '@cms/access/predicates'
import type { Where } from 'payload'
import { roleOf } from '@cms/access/roles'

/** Any account may upload (providers for their own organisations, checked in a hook). */
export const createMedia: Access = ({ req }) => roleOf(req.user) !== null

/** Staff manage the town's media; providers their organisations' uploads. */
export const manageMedia: Access = ownedByOrganization('organization', false)

const reviewed: Where = { pendingReview: { not_equals: true } }

/**
 * Everyone reads media, except a provider's upload still waiting for review in a town that
 * reviews: only its organisation and the town's staff see it (the file too, which Payload
 * serves under the same read access).
 */
export const readMedia: Access = ownedByOrganization('organization', reviewed)
