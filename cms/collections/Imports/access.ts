import type { Access, FieldAccess } from 'payload'
import { isStaff } from '@cms/access/roles'

/**
 * Imports are staff work: admins and the town's editors upload, check and run them (the
 * multi-tenant plugin keeps each editor to their towns). Providers keep their own entries
 * by hand and never see a town's import files, which may hold other organisations' data.
 */
export const staffImports: Access = ({ req }) => isStaff(req.user)

/** Status, progress and results are written by the import itself, never through the API. */
export const systemOnly: FieldAccess = () => false
