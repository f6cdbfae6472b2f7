import { hsdsId, hsdsPartId } from '@shared/hsdsIds'
import type { OrganizationSource } from './source'
import type { HsdsOrganization } from './types'

/**
 * An organisation's public data: name, description, e-mail, website and phone. HSDS
 * requires a description; without one the name serves, as for taxonomy terms (an empty
 * string passes the JSON Schema, but an empty CSV cell is a missing value to Table Schema
 * readers, so the tabular export would break its "required"). Internal notes are never
 * read (see read.ts).
 */
export function mapOrganization(o: OrganizationSource): HsdsOrganization {
  const id = hsdsId('organizations', o.id)
  return {
    id,
    name: o.name,
    description: o.description?.trim() ? o.description : o.name,
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
    phones: o.phone ? [{ id: hsdsPartId('phone', id), organization_id: id, number: o.phone }] : [],
  }
}
