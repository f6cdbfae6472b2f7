import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '@cms/access/predicates'

/**
 * Searches without results: the town's editors and admins read them (and may delete a row);
 * only the server writes them (cms/directory/searchMisses.ts), never anyone through the API.
 */
export const missesAccess: CollectionConfig['access'] = { read: staffOnly, create: nobody, update: nobody, delete: staffOnly }
