import type { PortalSlugs } from '@cms/types'
import type { FilterOptions, RelationshipField } from 'payload'
import { organizationIDsOf } from '../access/ids'
import { isProvider } from '../access/roles'
import { tr } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

/**
 * A provider may only file things under its own organisations (the hooks enforce it), so the
 * organisation picker offers just those: no scrolling past the whole town's list to find one's own.
 */
const ownOrganizationOptions: FilterOptions = ({ req }) =>
  isProvider(req.user) ? { id: { in: organizationIDsOf(req.user) } } : true

/** The `organization` relationship of provider-owned documents. */
export function organizationField(organizationsSlug: PortalSlugs['organizations'], options: { required?: boolean; description?: PortalKey } = {}): RelationshipField {
  return {
    name: 'organization',
    type: 'relationship',
    relationTo: organizationsSlug,
    required: options.required,
    index: true,
    filterOptions: ownOrganizationOptions,
    ...(options.description ? { admin: { description: tr(options.description) } } : {}),
  }
}
