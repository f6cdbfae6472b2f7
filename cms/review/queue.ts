import type { Payload, TypedUser } from 'payload'
import { idOf } from '../access/ids'
import { REVIEWED, TITLE_FIELD, type ReviewedSlug } from './reviewed'

export interface QueueItem {
  collection: ReviewedSlug
  id: string
  title: string
  organization: string | null
  submittedAt: string
  /** Never published: the whole entry is new. */
  isNew: boolean
}

const LIMIT = 200

/**
 * Every change waiting for review that this user may review (access applies: editors see their
 * towns', admins all), newest first. Read in the default language, as the titles are kept.
 */
export async function reviewQueue(payload: Payload, user: TypedUser): Promise<QueueItem[]> {
  const lists = await Promise.all(
    REVIEWED.map(async (collection) => {
      const { docs } = await payload.find({ collection, where: { pendingReview: { equals: true } }, draft: true, depth: 0, limit: LIMIT, sort: '-updatedAt', overrideAccess: false, user })
      if (!docs.length) return []
      const ids = docs.map((d) => String(d.id))
      const live = await payload.find({ collection, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user, select: {} })
      const published = new Set(live.docs.map((d) => String(d.id)))
      return docs.map((doc): QueueItem => {
        const fields: Record<string, unknown> = Object.fromEntries(Object.entries(doc))
        return {
          collection,
          id: String(doc.id),
          title: String(fields[TITLE_FIELD[collection]] ?? doc.id),
          organization: collection === 'organizations' ? null : idOf(fields.organization),
          submittedAt: String(doc.updatedAt),
          isNew: !published.has(String(doc.id)),
        }
      })
    }),
  )
  const items = lists.flat()
  const orgIDs = [...new Set(items.map((i) => i.organization).filter((id): id is string => Boolean(id)))]
  if (orgIDs.length) {
    const { docs } = await payload.find({ collection: 'organizations', where: { id: { in: orgIDs } }, depth: 0, limit: orgIDs.length, pagination: false, draft: true, overrideAccess: true, select: { name: true } })
    const names = new Map(docs.map((d) => [String(d.id), d.name]))
    for (const item of items) item.organization = item.organization ? (names.get(item.organization) ?? null) : null
  }
  return items.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}

/** How many changes wait for this user's review (the dashboard's count). */
export async function pendingCount(payload: Payload, user: TypedUser): Promise<number> {
  const counts = await Promise.all(
    // A change lives in the newest draft: `find` with drafts reads those (`count` reads the live documents only).
    REVIEWED.map((collection) => payload.find({ collection, where: { pendingReview: { equals: true } }, draft: true, depth: 0, limit: 1, overrideAccess: false, user, select: {} }).then((r) => r.totalDocs)),
  )
  return counts.reduce((a, b) => a + b, 0)
}
