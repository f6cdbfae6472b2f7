import type { Payload, PayloadRequest } from 'payload'
import type { AuditAction } from '@shared/auditLog'
import { idOf, tenantIDsOf } from '@cms/access/ids'
import { roleOf } from '@cms/access/roles'
import { isRecord } from '@cms/isRecord'
import { afterResponse } from '@cms/security/afterResponse'
import { clientAddressOf } from '@cms/security/clientAddress'
import { AUDIT_LOG_SLUG } from './slug'

/** Who did it: an account as it was at that moment (its e-mail may change later). */
export interface AuditActor {
  id: string | number
  email?: string | null
  role?: string | null
  tenants?: unknown
}

/** One event for the audit log. Everything but `action` is optional. */
export interface AuditEntry {
  action: AuditAction
  /** The collection of the document the event is about (e.g. `services`). */
  collection?: string
  documentId?: string | number | null
  /** The document's title, if it costs nothing to know (never a personal field's value other than an account's e-mail). */
  title?: string | null
  /** Names of the fields changed; never their values. */
  fields?: string[]
  /** Small, non-personal facts: a role before and after, row counts of an import, an export's format. */
  detail?: Record<string, unknown>
  /** The towns the event belongs to (their editors read it). Default: the actor's towns. */
  towns?: unknown[]
  /** Who, when not the request's user (a job acting for the person who started it). `null`: the system. */
  user?: AuditActor | null
  /** Shown as "who" when there is no account: the e-mail a failed login tried. Default "system". */
  actor?: string
  /** When it happened. Default: now. */
  at?: Date
}

/** The stored entry (cms/collections/AuditLog). */
export interface AuditRow {
  at: string
  action: AuditAction
  actor: string
  userId?: string
  role?: string
  collectionSlug?: string
  documentId?: string
  title?: string
  changedFields?: string
  detail?: Record<string, unknown>
  towns: string[]
  address?: string
  requestId?: string
}

export const SYSTEM_ACTOR = 'system'
export const ANONYMOUS_ACTOR = 'anonymous'

const isRequest = (target: PayloadRequest | Payload): target is PayloadRequest => 'payload' in target && 'headers' in target

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value ? value.slice(0, max) : undefined)

/** The entry as stored; computed at once, so later changes to the documents do not leak into it. */
export function auditRow(req: PayloadRequest | null, entry: AuditEntry): AuditRow {
  const user = entry.user !== undefined ? entry.user : isRecord(req?.user) ? (req.user as AuditActor) : null
  const towns = (entry.towns ?? tenantIDsOf(user)).map(idOf).filter((t): t is string => Boolean(t))
  const headers = req?.headers
  return {
    at: (entry.at ?? new Date()).toISOString(),
    action: entry.action,
    // A request from outside without an account is the public's (an HSDS download); without a request, the system's.
    actor: text(user?.email, 254) ?? text(entry.actor, 254) ?? (req && req.payloadAPI !== 'local' ? ANONYMOUS_ACTOR : SYSTEM_ACTOR),
    userId: user ? String(user.id) : undefined,
    role: roleOf(user) ?? undefined,
    collectionSlug: text(entry.collection, 80),
    documentId: entry.documentId === null || entry.documentId === undefined ? undefined : String(entry.documentId).slice(0, 80),
    title: text(entry.title, 200),
    changedFields: entry.fields?.length ? entry.fields.join(', ').slice(0, 2000) : undefined,
    detail: entry.detail,
    towns: [...new Set(towns)],
    address: headers ? clientAddressOf(headers) : undefined,
    requestId: text(headers?.get('x-request-id'), 100),
  }
}

/**
 * Writes one entry now (the server itself, past every access rule). Prefer `recordAudit`.
 * Straight through the database adapter: the row is complete as built here, and Payload's create
 * operation would look up each town to validate the relationship, so that a failed login for a
 * real account (whose towns the entry carries) would cost more reads than one for no account
 * (tests/security/auth.test.ts counts them).
 */
export async function writeAuditRow(payload: Payload, row: AuditRow): Promise<void> {
  // In a transaction: the entry's row and its town references go in together or not at all (a
  // refused reference left the row behind, and the retry below wrote it twice).
  const create = async (data: AuditRow) => {
    const transactionID = (await payload.db.beginTransaction?.()) ?? null
    try {
      await payload.db.create({ collection: AUDIT_LOG_SLUG, data: { ...data }, returning: false, req: transactionID === null ? undefined : { transactionID } })
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (err) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw err
    }
  }
  try {
    await create(row)
  } catch (err) {
    // A town deleted by the change the entry records (or since) cannot be referred to any more:
    // the entry keeps its id in the detail, and only admins read it then. Looked up only on this
    // path, so that the usual write stays one statement.
    const gone = await townsGone(payload, row.towns)
    if (!gone.length) throw err
    await create({ ...row, towns: row.towns.filter((t) => !gone.includes(t)), detail: { ...row.detail, deletedTowns: gone } })
  }
}

async function townsGone(payload: Payload, towns: string[]): Promise<string[]> {
  if (!towns.length) return []
  const found = await payload.db.find<{ id: string | number }>({ collection: 'municipalities', where: { id: { in: towns } }, select: {}, pagination: false, limit: 0 })
  const there = new Set(found.docs.map((d) => String(d.id)))
  return towns.filter((t) => !there.has(t))
}

/**
 * Records an event in the audit log: `recordAudit(req, { action: 'twoFactorEnabled', collection:
 * 'users', documentId: user.id })`. Who, from which address and the request id come from `req`
 * (pass the Payload instance for the system: jobs, scripts). The entry is written after the
 * response, outside the request's transaction, so it costs the user's request nothing, and a
 * failure is logged, never thrown: the audit log never fails the user's work. `prepare` may add
 * to the entry then (a look-up that the response need not wait for).
 */
export function recordAudit(target: PayloadRequest | Payload, entry: AuditEntry, prepare?: (row: AuditRow) => Promise<AuditRow>): void {
  const req = isRequest(target) ? target : null
  const payload = req ? req.payload : (target as Payload)
  let row: AuditRow
  try {
    row = auditRow(req, entry)
  } catch (err) {
    payload.logger.error({ err, msg: 'audit entry failed' })
    return
  }
  afterResponse(payload, `audit entry (${entry.action})`, async () => writeAuditRow(payload, prepare ? await prepare(row) : row))
}
