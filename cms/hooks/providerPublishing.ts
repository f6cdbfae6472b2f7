import type { PortalSlugs } from '@cms/types'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../access/ids'
import { isProvider, isStaff } from '../access/roles'
import { TENANT_FIELD } from '../tenant'
import { townReviews } from './townReviews'
import { translate } from '@cms/i18n/translate'

/**
 * Where the town asks for review, a provider's changes stay drafts until an editor publishes
 * them: publishing is refused with a reason (the form keeps the edits, "Save draft" works),
 * and every provider draft is flagged `pendingReview` for the editors' list. An editor's
 * publish clears the flag.
 */
export function providerPublishing(municipalitiesSlug: PortalSlugs['municipalities']): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    const publishing = data._status === 'published'
    if (isStaff(req.user) && publishing) data.pendingReview = false
    if (!isProvider(req.user)) return data
    const review = await townReviews(req, municipalitiesSlug, idOf(data[TENANT_FIELD] ?? originalDoc?.[TENANT_FIELD]))
    if (!review) return data
    if (publishing) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              path: '_status',
              message: translate(req.t, 'server.reviewFirst'),
            },
          ],
        },
        req.t,
      )
    }
    data.pendingReview = true
    return data
  }
}
