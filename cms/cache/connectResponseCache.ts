import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterReadHook, Payload, PayloadRequest } from 'payload'
import { idOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { TENANT_FIELD } from '@cms/tenant'
import { writeTags } from '@shared/cacheTags'
import { publishChange } from './bus'
import { noteRead } from './renderNotes'

type TransactionID = string | number

interface Pending {
  /** Tags of writes inside a transaction, told again once it has committed. */
  byTransaction: Map<TransactionID, Set<string>>
  /** The database adapters whose commits are watched (one per Payload instance). */
  wrapped: WeakSet<object>
}

declare global {
  var __integrationPortalPendingChanges: Pending | undefined
}

function pending(): Pending {
  globalThis.__integrationPortalPendingChanges ??= { byTransaction: new Map(), wrapped: new WeakSet() }
  return globalThis.__integrationPortalPendingChanges
}

/** Written on every portal view: shown to nobody as a page, so no page depends on them. */
const NOT_SHOWN = new Set(['page-views'])

const townsOf = (...docs: unknown[]): string[] =>
  [...new Set(docs.map((doc) => (isRecord(doc) ? idOf(doc[TENANT_FIELD]) : null)).filter((id): id is string => id !== null))]

/**
 * Tells the change bus about a write. Inside a transaction it tells twice: at once, and again
 * after the commit, because a page rendered between the two may have read the data from before
 * the commit and been cached.
 */
async function told(req: PayloadRequest, tags: string[]): Promise<void> {
  await publishChange(req.payload, tags)
  const id = await req.transactionID
  if (id === undefined) return
  const waiting = pending().byTransaction.get(id) ?? new Set<string>()
  for (const tag of tags) waiting.add(tag)
  pending().byTransaction.set(id, waiting)
}

function hooksFor(collection: string, townsCollection: string) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    await told(req, writeTags(collection, townsOf(doc, previousDoc), townsCollection, idOf(doc.id) ?? undefined))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    await told(req, writeTags(collection, townsOf(doc), townsCollection, String(id)))
    return doc
  }
  const afterRead: CollectionAfterReadHook = ({ doc }) => {
    noteRead(collection, () => townsOf(doc)[0] ?? null)
    return doc
  }
  return { afterChange, afterDelete, afterRead }
}

/**
 * Every write to every collection (the host's too; Payload's own internal ones, page views and
 * accounts aside) reaches the response cache: REST, GraphQL, the admin, the Local API in jobs and
 * scripts, deletes. Every read during a page's render tags the page (cms/cache/renderNotes.ts).
 * Called once the config is final (onInit).
 */
export function connectResponseCache(payload: Payload, townsCollection: string): void {
  for (const collection of Object.values(payload.collections)) {
    const slug = collection.config.slug
    // Accounts are never shown on the portal, and their writes are logins and sessions: a login
    // must not cost other work than a failed one (tests/security/auth.test.ts).
    if (slug.startsWith('payload-') || NOT_SHOWN.has(slug) || collection.config.auth) continue
    const { afterChange, afterDelete, afterRead } = hooksFor(slug, townsCollection)
    collection.config.hooks.afterRead = [...(collection.config.hooks.afterRead ?? []), afterRead]
    collection.config.hooks.afterChange = [...(collection.config.hooks.afterChange ?? []), afterChange]
    collection.config.hooks.afterDelete = [...(collection.config.hooks.afterDelete ?? []), afterDelete]
  }
  const state = pending()
  const { db } = payload
  if (state.wrapped.has(db)) return
  state.wrapped.add(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (transaction) => {
    const id = await transaction
    await commit(id)
    const tags = state.byTransaction.get(id)
    state.byTransaction.delete(id)
    if (tags?.size) await publishChange(payload, [...tags])
  }
  db.rollbackTransaction = async (transaction) => {
    const id = await transaction
    state.byTransaction.delete(id)
    await rollback(id)
  }
}
