import type { CollectionConfig } from 'payload'
import { staffOnly } from '@cms/access/predicates'

/**
 * A town's synonyms: its editors and admins keep them (the multi-tenant plugin keeps each
 * town's to itself). Providers and the public neither read nor write them: the search reads
 * them on the server.
 */
export const synonymsAccess: CollectionConfig['access'] = { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly }
