import type { CollectionConfig } from 'payload'
import { createOwned } from './createOwned'
import { ownedByOrganization, published } from './predicates'

/**
 * The access of documents an organisation keeps (services, locations): the public reads the
 * published ones, staff everything in their town, providers their organisations' documents,
 * versions included (whose field is `version.organization`).
 */
export const organizationOwnedAccess: CollectionConfig['access'] = {
  read: ownedByOrganization('organization', published),
  readVersions: ownedByOrganization('version.organization', false),
  create: createOwned,
  update: ownedByOrganization('organization', false),
  delete: ownedByOrganization('organization', false),
}
