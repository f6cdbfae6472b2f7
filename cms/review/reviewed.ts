import type { PayloadRequest, TypeWithID } from 'payload'
import { idOf, tenantIDsOf } from '../access/ids'
import { isAdmin, isStaff } from '../access/roles'
import type { PortalKey } from '../i18n/en'
import { TENANT_FIELD } from '../tenant'

/** What providers edit and editors review: the documents with drafts that follow the town's review rule. */
export const REVIEWED = ['services', 'locations', 'events', 'organizations'] as const
export type ReviewedSlug = (typeof REVIEWED)[number]

export const isReviewed = (slug: unknown): slug is ReviewedSlug => REVIEWED.some((s) => s === slug)

/** The field that names an entry (a service's title, an organisation's name). */
export const TITLE_FIELD: Record<ReviewedSlug, 'title' | 'name'> = { services: 'title', events: 'title', locations: 'name', organizations: 'name' }

/** The organisation a document belongs to (an organisation belongs to itself). */
export const organizationOf = (slug: ReviewedSlug, doc: Record<string, unknown>): string | null => idOf(slug === 'organizations' ? doc.id : doc.organization)

export type Refusal = { status: 400 | 401 | 403 | 404 | 409; reason: PortalKey }

/**
 * Whether the logged-in user may review this document: staff of its town (admins everywhere).
 * Read past access control, so an editor of another town learns "not yours" (403), not "missing".
 */
export async function reviewerRefusal(req: PayloadRequest, slug: unknown, id: string): Promise<Refusal | { slug: ReviewedSlug; town: string | null }> {
  if (!req.user) return { status: 401, reason: 'review.error.login' }
  if (!isStaff(req.user)) return { status: 403, reason: 'review.error.forbidden' }
  if (!isReviewed(slug)) return { status: 400, reason: 'review.error.collection' }
  const doc = await req.payload.db.findOne<TypeWithID & Record<string, unknown>>({ collection: slug, where: { id: { equals: id } }, req })
  if (!doc) return { status: 404, reason: 'review.error.notFound' }
  const town = idOf(doc[TENANT_FIELD])
  if (!isAdmin(req.user) && (!town || !tenantIDsOf(req.user).includes(town))) return { status: 403, reason: 'review.error.forbidden' }
  return { slug, town }
}

export const isRefusal = (value: object): value is Refusal => 'reason' in value
