/**
 * Pure rules of the audit log (cms/audit/): which event a write is, which fields it changed,
 * and when an entry expires. No Payload here, so they are unit-tested on their own.
 */

/** Every kind of event the audit log records (contract: stored values, CSV, filters). */
export const AUDIT_ACTIONS = [
  'login',
  'loginFailed',
  'logout',
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'restoreVersion',
  'roleChange',
  'townChange',
  'invite',
  'export',
  'import',
  'settingsChange',
  // Recorded by the two-factor and single sign-on code through recordAudit().
  'twoFactorEnabled',
  'twoFactorDisabled',
  'twoFactorFailed',
  'ssoLogin',
  'ssoRefused',
  'accountErased',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const isAuditAction = (value: unknown): value is AuditAction => typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value)

/**
 * Fields that are bookkeeping, not a change anyone made: timestamps, the publication status
 * (the action says it) and the secrets and counters of Payload's login.
 */
const NOT_CHANGES = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  '_verified',
])

/** A value in one canonical form: keys sorted, empty values dropped (the database and a form may differ in both). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)])
    return Object.fromEntries(entries)
  }
  return value ?? null
}

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? value.id : undefined)

/** Equal values; a relationship is the same whether it is stored as an id or read as its document. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if ((typeof a === 'string' || typeof a === 'number') && idOf(b) === a) return true
  if ((typeof b === 'string' || typeof b === 'number') && idOf(a) === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]))
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** The names (never the values) of the top-level fields that differ between two versions of a document. */
export function changedFieldNames(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): string[] {
  if (!before) return []
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((name) => !NOT_CHANGES.has(name) && !same(before[name], after[name])).sort()
}

export interface WriteFacts {
  operation: 'create' | 'update'
  /** The collection keeps drafts (`_status`). */
  drafts: boolean
  /** The caller asked to save a draft (`?draft=true`): the published version, if any, stays. */
  draftSave: boolean
  status: unknown
  previousStatus: unknown
}

/**
 * What a create or update was, for a collection's documents: a save that leaves the document
 * published is a publish (it is what the public sees from now on), taking a published document
 * back to draft without `draft=true` is an unpublish, anything else a create or an update.
 */
export function writeAction({ operation, drafts, draftSave, status, previousStatus }: WriteFacts): AuditAction {
  if (drafts && !draftSave) {
    if (status === 'published') return 'publish'
    if (operation === 'update' && previousStatus === 'published' && status === 'draft') return 'unpublish'
  }
  return operation
}

/** The first moment that is still kept: entries older than `months` before `now` are deleted. */
export function auditRetentionStart(now: Date, months: number): Date {
  const start = new Date(now)
  start.setUTCMonth(start.getUTCMonth() - months)
  return start
}

/** AUDIT_RETENTION_MONTHS: a whole number of months, at least one; 12 when unset. */
export function parseRetentionMonths(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 12
  const months = Number(value)
  if (!Number.isInteger(months) || months < 1) throw new Error(`AUDIT_RETENTION_MONTHS must be a whole number of months (1 or more); got "${value}".`)
  return months
}
