import type { Access } from 'payload'
import { organizationIDsOf } from './ids'
import { isProvider, isStaff } from './roles'

/**
 * Staff create in their town; a provider with at least one organisation creates too, and a
 * hook checks the document names one of its organisations (`create` cannot be scoped by a
 * query in Payload).
 */
export const createOwned: Access = ({ req }) => isStaff(req.user) || (isProvider(req.user) && organizationIDsOf(req.user).length > 0)
