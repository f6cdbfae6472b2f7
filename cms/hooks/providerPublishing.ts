import type { PortalSlugs } from '@cms/types'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type TypeWithID } from 'payload'
import { idOf, tenantIDsOf } from '../access/ids'
import { isProvider, isStaff } from '../access/roles'
import { isRecord } from '../isRecord'
import { translate } from '../i18n/translate'
import { TENANT_FIELD } from '../tenant'
import { townReviews } from './townReviews'
import { isReviewed } from '../review/reviewed'
import { notifyProviders } from '../review/notify'
import { verdictOf } from '../review/verdict'

/**
 * Whether a provider's write lands in a town that reviews: the document's town, else the town
 * the data names, else any of the provider's towns (a bulk write): the safe side.
 */
async function reviewsHere(req: PayloadRequest, municipalitiesSlug: PortalSlugs['municipalities'], collection: string, id: unknown, data: unknown): Promise<boolean> {
  const named = idOf(isRecord(data) ? data[TENANT_FIELD] : undefined)
  let town = named
  if (!town && isReviewed(collection) && (typeof id === 'string' || typeof id === 'number')) {
    const doc = await req.payload.db.findOne<TypeWithID & Record<string, unknown>>({ collection, where: { id: { equals: id } }, req })
    town = idOf(doc?.[TENANT_FIELD])
  }
  if (town) return townReviews(req, municipalitiesSlug, town)
  const towns = tenantIDsOf(req.user)
  if (!towns.length) return true
  for (const t of towns) if (await townReviews(req, municipalitiesSlug, t)) return true
  return false
}

/**
 * Where the town asks for review, a provider's save is a submission for review, whatever was
 * asked for: "Publish" (or `?draft=false`, GraphQL, a bulk PATCH) becomes a draft before Payload
 * decides where to write, so the live version stays as it is and nothing answers with a raw
 * `_status` error. The admin labels the button "Submit for review" (ReviewPublishButton).
 */
export function submitForReview(municipalitiesSlug: PortalSlugs['municipalities']): CollectionBeforeOperationHook {
  return async ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    if (!isProvider(req.user) || !collection.versions?.drafts) return args
    if (!(await reviewsHere(req, municipalitiesSlug, collection.slug, 'id' in args ? args.id : undefined, args.data))) return args
    return { ...args, draft: true, data: isRecord(args.data) ? { ...args.data, _status: 'draft' } : args.data }
  }
}

/**
 * Marks what waits for an editor: a provider's save in a reviewing town is flagged
 * `pendingReview` (and an earlier verdict cleared: the change is new); an editor's publish
 * clears the flag. An editor's verdict (cms/review/) arrives through the request context, the
 * only way the review fields are written. Publishing that slipped past `submitForReview` (a
 * restored version) is still refused, with a reason in the provider's language.
 */
export function providerPublishing(municipalitiesSlug: PortalSlugs['municipalities']): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    const publishing = data._status === 'published'
    const verdict = verdictOf(req, originalDoc?.id)
    if (isStaff(req.user)) {
      if (publishing) data.pendingReview = false
      // An editor who publishes a waiting change from the form approves it, as the review page does
      // (noted by document: one request may publish several).
      const fromForm = publishing && !verdict && originalDoc?.pendingReview && originalDoc.id !== undefined
      if (fromForm) req.context[APPROVED_FROM_FORM] = [...approvedFromForm(req), String(originalDoc.id)]
      const given = verdict ?? (fromForm ? { state: 'approved' as const, comment: null, at: new Date().toISOString(), by: String(req.user?.name || req.user?.email || '') } : null)
      if (given) Object.assign(data, { pendingReview: false, reviewState: given.state, reviewComment: given.comment, reviewedAt: given.at, reviewedBy: given.by })
      return data
    }
    if (!isProvider(req.user)) return data
    const review = await townReviews(req, municipalitiesSlug, idOf(data[TENANT_FIELD] ?? originalDoc?.[TENANT_FIELD]))
    if (!review) return data
    if (publishing) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: '_status', message: translate(req.t, 'review.publishRefused') }] }, req.t)
    }
    return { ...data, pendingReview: true, reviewState: null, reviewComment: null, reviewedAt: null, reviewedBy: null }
  }
}

const APPROVED_FROM_FORM = 'reviewApprovedFromForm'

function approvedFromForm(req: PayloadRequest): string[] {
  const ids: unknown = req.context[APPROVED_FROM_FORM]
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}

/** The providers hear of an approval given by publishing from the form (the review endpoints tell them themselves). */
export const tellProvidersOfApproval: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const ids = approvedFromForm(req)
  if (!ids.includes(String(doc.id)) || !isReviewed(collection.slug)) return doc
  req.context[APPROVED_FROM_FORM] = ids.filter((id) => id !== String(doc.id))
  await notifyProviders(req, { slug: collection.slug, doc: { id: doc.id, organization: doc.organization }, town: idOf(doc[TENANT_FIELD]), state: 'approved', comment: null })
  return doc
}
