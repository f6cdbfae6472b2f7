import type { CollectionConfig } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { withAudit } from './hooks'

/**
 * Which collections get the audit hooks: all but the audit log itself and the system's own
 * bookkeeping, written per page view or search (page views, searches without results) or by
 * hooks after every save (translation states): nobody's decision, and no trace of a person.
 */
export function auditing(slugs: PortalSlugs): (collection: CollectionConfig) => CollectionConfig {
  const skip = new Set<string>([slugs.auditLog, slugs.pageViews, slugs.searchMisses, slugs.translationStates])
  return (collection) => (skip.has(collection.slug) ? collection : withAudit(collection, { municipalitiesSlug: slugs.municipalities }))
}
