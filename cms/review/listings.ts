import type { Payload, TypedUser, Where } from 'payload'
import { organizationIDsOf, tenantIDsOf } from '../access/ids'
import { REVIEWED, TITLE_FIELD, type ReviewedSlug } from './reviewed'

const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000
const LIMIT = 100

/** Where an entry of a provider stands, from their side. */
export type ListingState = 'sentBack' | 'pending' | 'stale' | 'live' | 'draft'

export interface Listing {
  collection: ReviewedSlug
  id: string
  title: string
  state: ListingState
  /** The editor's comment when the change was sent back. */
  comment: string | null
}

/** What needs the provider first: sent back, then to confirm, then the rest. */
const ORDER: ListingState[] = ['sentBack', 'stale', 'draft', 'pending', 'live']

/**
 * The entries of the provider's organisations (services, places, upcoming events, the
 * organisations themselves), read as the provider in their newest version (drafts too), each
 * with its state: a change waiting for review, sent back (with the editor's comment), not
 * published, a service nobody confirmed for longer than the town allows (the reminders' rule,
 * jobs/remindStaleEntries.ts), or live.
 */
export async function myListings(payload: Payload, user: TypedUser, now = new Date()): Promise<Listing[]> {
  const orgs = organizationIDsOf(user)
  if (!orgs.length) return []
  const towns = tenantIDsOf(user)
  const settings = towns.length
    ? await payload.find({ collection: 'municipalities', where: { id: { in: towns } }, depth: 0, limit: towns.length, pagination: false, overrideAccess: true, select: { directory: true } })
    : null
  // The strictest of the provider's towns (a provider keeps entries in one town as a rule).
  const allowed = (settings?.docs ?? []).map((town) => town.directory?.staleAfterMonths ?? 6)
  const months = allowed.length ? Math.min(...allowed) : 6
  const cutoff = now.getTime() - months * MONTH_MS
  const listings: Listing[] = []
  for (const collection of REVIEWED) {
    const own: Where = collection === 'organizations' ? { id: { in: orgs } } : { organization: { in: orgs } }
    const where: Where = collection === 'events' ? { and: [own, { or: [{ lastEnd: { exists: false } }, { lastEnd: { greater_than_equal: now.toISOString() } }] }] } : own
    const { docs } = await payload.find({ collection, where, draft: true, depth: 0, limit: LIMIT, sort: TITLE_FIELD[collection], overrideAccess: false, user })
    if (!docs.length) continue
    const ids = docs.map((d) => String(d.id))
    // "Still correct" dates the live version (Services/endpoints/verify.ts): its date counts, not a draft's.
    const live = await payload.find({ collection, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user })
    const published = new Map(live.docs.map((d) => [String(d.id), 'lastVerifiedAt' in d ? d.lastVerifiedAt : null]))
    for (const doc of docs) {
      const fields: Record<string, unknown> = Object.fromEntries(Object.entries(doc))
      const lastVerified = published.get(String(doc.id))
      const verified = typeof lastVerified === 'string' ? Date.parse(lastVerified) : null
      const state: ListingState = fields.pendingReview
        ? 'pending'
        : fields.reviewState === 'sentBack'
          ? 'sentBack'
          : !published.has(String(doc.id))
            ? 'draft'
            : collection === 'services' && fields.status !== 'ended' && (verified === null || verified < cutoff)
              ? 'stale'
              : 'live'
      listings.push({ collection, id: String(doc.id), title: String(fields[TITLE_FIELD[collection]] ?? doc.id), state, comment: typeof fields.reviewComment === 'string' ? fields.reviewComment : null })
    }
  }
  return listings.sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state))
}
