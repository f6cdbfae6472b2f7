import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterLoginHook, CollectionAfterLogoutHook, CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { changedFieldNames, writeAction, type AuditAction } from '@shared/auditLog'
import { idOf, tenantIDsOf } from '@cms/access/ids'
import { isRecord } from '@cms/isRecord'
import { TENANT_FIELD } from '@cms/tenant'
import { isCollectionSlug } from '@cms/security/collectionBySlug'
import { auditIsQuiet } from './quiet'
import { recordAudit, type AuditEntry } from './record'

/** Where a request keeps what its writes' `beforeOperation` saw (the draft flag, a restore). */
const CONTEXT_KEY = 'auditWrites'
interface Seen {
  draftSave: Record<string, boolean>
  restoring: Record<string, boolean>
  /** The published document's status before a save that asks for `_status: 'draft'` (the admin's "Unpublish"). */
  mainStatus: Record<string, unknown>
}

const isSeen = (value: unknown): value is Seen => isRecord(value) && isRecord(value.draftSave) && isRecord(value.restoring) && isRecord(value.mainStatus)

function seen(req: PayloadRequest): Seen {
  const existing = req.context[CONTEXT_KEY]
  if (isSeen(existing)) return existing
  const fresh: Seen = { draftSave: {}, restoring: {}, mainStatus: {} }
  req.context[CONTEXT_KEY] = fresh
  return fresh
}

export interface AuditOptions {
  /** The towns collection: a change of a town's document is a settings change of that town. */
  municipalitiesSlug: string
}

/** The towns a document belongs to: its town field, a town itself, an account's towns. */
function townsOf(slug: string, doc: Record<string, unknown>, options: AuditOptions): string[] {
  if (slug === options.municipalitiesSlug) return [String(doc.id)]
  const own = idOf(doc[TENANT_FIELD])
  if (own) return [own]
  return tenantIDsOf(doc)
}

function titleOf(collection: CollectionConfig, doc: Record<string, unknown>): string | undefined {
  const field = collection.admin?.useAsTitle
  const value = field ? doc[field] : undefined
  return typeof value === 'string' ? value : undefined
}

/** A document's entries: the account's role and towns are events of their own. */
function entriesOfChange(collection: CollectionConfig, options: AuditOptions, args: Parameters<CollectionAfterChangeHook>[0]): AuditEntry[] {
  const { doc, previousDoc, operation, req, data } = args
  const slug = collection.slug
  const before = operation === 'update' && isRecord(previousDoc) ? previousDoc : null
  const fields = changedFieldNames(before, doc)
  // The password never reaches the document; that it changed is worth knowing.
  if (isRecord(data) && typeof data.password === 'string' && data.password && !fields.includes('password')) fields.push('password')
  const towns = [...new Set([...townsOf(slug, doc, options), ...(before ? townsOf(slug, before, options) : [])])]
  const base = { collection: slug, documentId: doc.id, title: titleOf(collection, doc), fields, towns: towns.length ? towns : undefined }
  const marks = seen(req)

  if (marks.restoring[slug]) return [{ ...base, action: 'restoreVersion', detail: { status: doc._status ?? null } }]
  if (collection.auth && before) {
    const entries: AuditEntry[] = []
    if (before.role !== doc.role) entries.push({ ...base, action: 'roleChange', detail: { from: before.role ?? null, to: doc.role ?? null } })
    const was = tenantIDsOf(before)
    const is = tenantIDsOf(doc)
    const added = is.filter((t) => !was.includes(t))
    const removed = was.filter((t) => !is.includes(t))
    if (added.length || removed.length) entries.push({ ...base, action: 'townChange', detail: { added, removed } })
    if (entries.length) return entries
  }
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  let action: AuditAction = writeAction({ operation, drafts, draftSave: Boolean(marks.draftSave[slug]), status: doc._status, previousStatus: marks.mainStatus[slug] ?? before?._status })
  if (slug === options.municipalitiesSlug && action === 'update') action = 'settingsChange'
  // A save that changed nothing (the admin's "Save" on an unchanged form) is no event.
  if (action === 'update' && before && fields.length === 0) return []
  return [{ ...base, action }]
}

/**
 * The audit hooks of one collection, appended to its own (cms/index.ts adds them to every
 * collection but the bookkeeping ones, in one place): creates, updates, publishing, deletes,
 * restored versions, role and town changes of accounts, and the logins and logouts of auth
 * collections. Each entry is written after the response (record.ts).
 */
export function withAudit(collection: CollectionConfig, options: AuditOptions): CollectionConfig {
  // Notes what the write was asked to be: afterChange cannot tell a draft save from an unpublish.
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const beforeOperation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    if (auditIsQuiet()) return args
    const marks = seen(req)
    const slug = collection.slug
    if (operation === 'restoreVersion') marks.restoring[slug] = true
    if (operation !== 'create' && operation !== 'update') return args
    marks.draftSave[slug] = Boolean(isRecord(args) && args.draft)
    delete marks.mainStatus[slug]
    // "Unpublish" saves `_status: 'draft'` without `draft=true`; the document it replaces may be a
    // newer draft, so whether it was published is read from the document itself (one indexed read, only then).
    const raw: unknown = args
    if (drafts && operation === 'update' && isRecord(raw) && !raw.draft && isRecord(raw.data) && raw.data._status === 'draft') {
      const id = raw.id
      if ((typeof id === 'string' || typeof id === 'number') && isCollectionSlug(req.payload, slug)) {
        const main = await req.payload.db.findOne<{ id: string; _status?: unknown }>({ collection: slug, where: { id: { equals: id } }, req })
        marks.mainStatus[slug] = main?._status
      }
    }
    return args
  }
  const afterChange: CollectionAfterChangeHook = (args) => {
    if (auditIsQuiet() || args.context.skipAudit) return args.doc
    try {
      for (const entry of entriesOfChange(collection, options, args)) recordAudit(args.req, entry)
    } catch (err) {
      args.req.payload.logger.error({ err, msg: 'audit entry failed' })
    } finally {
      seen(args.req).restoring[collection.slug] = false
    }
    return args.doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req, context }) => {
    if (auditIsQuiet() || context.skipAudit || !isRecord(doc)) return doc
    const towns = townsOf(collection.slug, doc, options)
    recordAudit(req, { action: 'delete', collection: collection.slug, documentId: doc.id as string, title: titleOf(collection, doc), towns: towns.length ? towns : undefined })
    return doc
  }
  const afterLogin: CollectionAfterLoginHook = ({ req, user }) => {
    recordAudit(req, { action: 'login', collection: collection.slug, documentId: user.id, user })
  }
  const afterLogout: CollectionAfterLogoutHook = ({ req }) => {
    if (req.user) recordAudit(req, { action: 'logout', collection: collection.slug, documentId: req.user.id })
  }
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), beforeOperation],
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      ...(collection.auth ? { afterLogin: [...(hooks.afterLogin ?? []), afterLogin], afterLogout: [...(hooks.afterLogout ?? []), afterLogout] } : {}),
    },
  }
}
