import type { PortalSlugs } from '@cms/types'
import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../access/ids'
import { isProvider, isStaff } from '../access/roles'
import { TENANT_FIELD } from '../tenant'
import { townReviews } from './townReviews'

/**
 * The review rule for documents without drafts (a provider's upload): where the town reviews,
 * a provider's save flags the document `pendingReview` and read access keeps it from the
 * public until an editor saves it (an editor's save is the approval, as publishing is for
 * documents with drafts).
 */
export function pendingUntilReviewed(municipalitiesSlug: PortalSlugs['municipalities']): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    if (isStaff(req.user)) return { ...data, pendingReview: false }
    if (!isProvider(req.user)) return data
    const review = await townReviews(req, municipalitiesSlug, idOf(data[TENANT_FIELD] ?? originalDoc?.[TENANT_FIELD]))
    return review ? { ...data, pendingReview: true } : data
  }
}
