import { type Access, type CollectionBeforeChangeHook, Forbidden, type Where } from 'payload'
import { isAdmin } from '@cms/access/roles'
import { MATCH_NOTHING } from '../queryGuard/guardQuery'
import { mayUpdate, refOf } from './mayUpdate'

export const LOCKS_SLUG = 'payload-locked-documents'

const ownerID = (lock: { user?: unknown }) => refOf(lock.user)?.value

/**
 * Payload lets every logged-in user read, create, reassign and delete every document lock,
 * of every town. Here a user sees a lock when it is their own or when they may change the
 * locked document: an editor still sees that a colleague or a provider is editing (the admin
 * reads locks with the user's access to show "locked by"), nobody sees another town's.
 */
export const lockAccess: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  const locks = await req.payload.find({ collection: LOCKS_SLUG, overrideAccess: true, pagination: false, depth: 0, req })
  const visible: (string | number)[] = []
  for (const lock of locks.docs) {
    const doc = refOf(lock.document)
    // Locks of globals: only admins change globals.
    if (ownerID(lock) === req.user.id || (doc && (await mayUpdate(req, doc)))) visible.push(lock.id)
  }
  return visible.length ? ({ id: { in: visible } } satisfies Where) : MATCH_NOTHING
}

/**
 * A lock always belongs to the user who sets it ("take over" sets it to oneself), and only on
 * a document that user may change: nobody locks others out of their documents or puts a lock
 * in someone else's name.
 */
export const ownLocksOnly: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // Payload's own locking writes through the database adapter, without a request user.
  if (!req.user) return data
  if (data.user !== undefined && ownerID(data) !== req.user.id) throw new Forbidden(req.t)
  const self = { relationTo: req.user.collection, value: req.user.id }
  if (isAdmin(req.user)) return { ...data, user: self }
  if (data.globalSlug || (operation === 'update' && originalDoc?.globalSlug)) throw new Forbidden(req.t)
  const doc = refOf(data.document ?? originalDoc?.document)
  if (!doc || !(await mayUpdate(req, doc))) throw new Forbidden(req.t)
  return { ...data, user: self }
}
