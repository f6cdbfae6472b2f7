import type { PortalSlugs } from '@cms/types'
import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@cms/access/ids'
import { isProvider, isStaff } from '@cms/access/roles'
import { townReviews } from '@cms/hooks/townReviews'
import { ownsOrganization } from '@cms/collections/Organizations/access'
import { TENANT_FIELD } from '@cms/tenant'

type Report = { id?: string | null; pendingReview?: boolean | null } & Record<string, unknown>

/** A report's content, to tell a changed report from an untouched one. */
const contentOf = ({ id: _id, pendingReview: _flag, ...rest }: Report) => JSON.stringify(rest, Object.keys(rest).sort())

/**
 * Progress reports are the one part of a measure a provider writes. Where the town reviews, a
 * report the provider adds or changes waits for an editor (`pendingReview` on the row) and is
 * left out for the public (hidePendingReports); an editor's save approves them all. Reports
 * the provider did not touch keep their state.
 */
export function reviewReports(municipalitiesSlug: PortalSlugs['municipalities']): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const reports: Report[] | undefined = Array.isArray(data.reports) ? data.reports : Array.isArray(originalDoc?.reports) ? originalDoc.reports : undefined
    if (!reports) return data
    if (isStaff(req.user)) return { ...data, reports: reports.map((r) => ({ ...r, pendingReview: false })) }
    if (!isProvider(req.user) || !Array.isArray(data.reports)) return data
    const review = await townReviews(req, municipalitiesSlug, idOf(data[TENANT_FIELD] ?? originalDoc?.[TENANT_FIELD]))
    const previous: Report[] = Array.isArray(originalDoc?.reports) ? originalDoc.reports : []
    const before = new Map(previous.map((r) => [String(r.id), r]))
    const marked = reports.map((r) => {
      const old = r.id ? before.get(String(r.id)) : undefined
      const untouched = old !== undefined && contentOf(old) === contentOf(r)
      return { ...r, pendingReview: untouched ? Boolean(old.pendingReview) : review }
    })
    return { ...data, reports: marked }
  }
}

/** Reports waiting for review are seen only by the town's staff and the responsible organisation. */
export const hidePendingReports: CollectionAfterReadHook = ({ doc, req }) => {
  if (!Array.isArray(doc?.reports) || isStaff(req.user)) return doc
  if (isProvider(req.user) && ownsOrganization(req.user, idOf(doc.responsibleOrganization))) return doc
  const reports: Report[] = doc.reports
  return { ...doc, reports: reports.filter((r) => !r.pendingReview) }
}
