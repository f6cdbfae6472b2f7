import { hsdsId, hsdsPartId } from '../../shared/hsdsIds'
import type { OrganizationSource } from './source'
import type { HsdsOrganization } from './types'

/**
 * An organisation's public data: name, description (HSDS requires one; empty when we have
 * none), e-mail, website and phone. Internal notes are never read (see read.ts).
 */
export function mapOrganization(o: OrganizationSource): HsdsOrganization {
  const id = hsdsId('organizations', o.id)
  return {
    id,
    name: o.name,
    description: o.description ?? '',
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
    phones: o.phone ? [{ id: hsdsPartId('phone', id), organization_id: id, number: o.phone }] : [],
  }
}
