import { JWTAuthentication, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { isRecord } from '@cms/isRecord'
import { isCollectionSlug } from '@cms/security/collectionBySlug'
import { roleOf } from '@cms/access/roles'
import { twoFactorMode } from '@shared/twoFactor'

/** Where the feature's documents live (the plugin's slugs). */
export interface TwoFactorSlugs {
  users: string
  municipalities: string
}

/**
 * Where a session stands: `done` (the second step is passed or not needed), `code` (the account
 * has two-factor login and the code is still missing), `enrol` (the account must set it up
 * before anything else).
 */
export type SecondFactorState = 'done' | 'code' | 'enrol'

/** What the checks read of an account (as the login check loads it, or from the database). */
export interface Account {
  id: string
  role?: unknown
  tenants?: unknown
  sessions?: unknown
  twoFactorEnabled?: unknown
  twoFactorSessions?: unknown
}

/** A slug of the plugin's options as the Local API's type (the options are plain strings). */
export function known(payload: Payload, slug: string): CollectionSlug {
  if (!isCollectionSlug(payload, slug)) throw new Error(`Two-factor login: no collection "${slug}"`)
  return slug
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/** The IDs of the account's live sessions (Payload drops expired ones at each login). */
const liveSessions = (account: Account): string[] =>
  Array.isArray(account.sessions) ? account.sessions.flatMap((s) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : [])) : []

const townsOf = (account: Account): string[] =>
  Array.isArray(account.tenants) ? account.tenants.flatMap((t) => (isRecord(t) && typeof t.municipality === 'string' ? [t.municipality] : [])) : []

/**
 * Whether the account must use two-factor login: never in the optional mode (the demo,
 * development); in the required mode always for admins and editors, and for providers of a town
 * that asks for it.
 */
export async function isRequired(payload: Payload, slugs: TwoFactorSlugs, account: Account): Promise<boolean> {
  if (twoFactorMode(process.env) === 'optional') return false
  const role = roleOf(account)
  if (role === 'admin' || role === 'editor') return true
  const towns = townsOf(account)
  if (role !== 'provider' || towns.length === 0) return false
  const { totalDocs } = await payload.count({ collection: known(payload, slugs.municipalities), overrideAccess: true, where: { and: [{ id: { in: towns } }, { requireTwoFactorForProviders: { equals: true } }] } })
  return totalDocs > 0
}

/** Where session `sid` of the account stands. */
export async function stateOf(payload: Payload, slugs: TwoFactorSlugs, account: Account, sid: string | undefined): Promise<SecondFactorState> {
  if (sid && strings(account.twoFactorSessions).includes(sid)) return 'done'
  if (account.twoFactorEnabled === true) return 'code'
  return (await isRequired(payload, slugs, account)) ? 'enrol' : 'done'
}

/**
 * Notes that session `sid` passed the second step (sessions that ended are dropped from the list).
 * `req`: the login's, when called from its hook (the write then belongs to the login's transaction).
 */
export async function markSessionDone(payload: Payload, slugs: Pick<TwoFactorSlugs, 'users'>, account: Account, sid: string, req?: PayloadRequest): Promise<void> {
  const live = liveSessions(account)
  const done = [...strings(account.twoFactorSessions).filter((s) => s !== sid && live.includes(s)), sid]
  await payload.db.updateOne({ collection: known(payload, slugs.users), id: account.id, data: { twoFactorSessions: done }, returning: false, req })
}

/**
 * Writes `change` over the whole stored row of an account. Needed when the sessions change: the
 * SQLite adapter writes a list field only together with the row's required fields (Payload's own
 * `revokeSession` writes the whole account too). `updatedAt: null` keeps "last changed" as it was.
 */
async function rewriteAccount(payload: Payload, slugs: TwoFactorSlugs, id: string, change: (row: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const collection = known(payload, slugs.users)
  const row: unknown = await payload.db.findOne({ collection, where: { id: { equals: id } } })
  if (!isRecord(row)) return
  await payload.db.updateOne({ collection, id, data: { ...row, ...change(row), updatedAt: null }, returning: false })
}

/** Ends session `sid` (cancel at the second step: Payload's logout needs a full login). */
export const endSession = (payload: Payload, slugs: TwoFactorSlugs, account: Account, sid: string): Promise<void> =>
  rewriteAccount(payload, slugs, account.id, (row) => ({
    sessions: Array.isArray(row.sessions) ? row.sessions.filter((s) => !(isRecord(s) && s.id === sid)) : [],
    twoFactorSessions: strings(row.twoFactorSessions).filter((s) => s !== sid),
  }))

/**
 * Staff reset an account's two-factor login (phone and recovery codes lost): key and codes are
 * gone, and every session of the account ends, so the next login starts from the password.
 */
export const resetAccount = (payload: Payload, slugs: TwoFactorSlugs, id: string): Promise<void> =>
  rewriteAccount(payload, slugs, id, () => ({
    sessions: [],
    twoFactorSessions: [],
    twoFactorEnabled: false,
    twoFactorSecret: null,
    twoFactorPendingSecret: null,
    twoFactorRecoveryCodes: [],
    twoFactorLastStep: null,
  }))

export interface Session {
  account: Account & { email: string }
  sid: string
  state: SecondFactorState
}

declare global {
  /** Payload's own JWT check, kept when the guard (guard.ts) replaces it. */
  var __integrationPortalPayloadJWT: typeof JWTAuthentication | undefined
}

/**
 * The session a request carries, whatever its state: Payload's own JWT check (cookie with its
 * origin check, or `Authorization: JWT …`), before the guard hides a pending session. Only the
 * two-factor endpoints and screens ask this; everything else sees a pending session as nobody.
 */
export async function sessionOf(payload: Payload, slugs: TwoFactorSlugs, headers: Headers): Promise<Session | null> {
  const check = globalThis.__integrationPortalPayloadJWT ?? JWTAuthentication
  const { user } = await check({ headers, payload, isGraphQL: false, canSetHeaders: false, strategyName: 'local-jwt' })
  if (!isRecord(user) || user.collection !== slugs.users || typeof user._sid !== 'string' || typeof user.email !== 'string') return null
  const id = user.id
  if (typeof id !== 'string' && typeof id !== 'number') return null
  const account = { ...user, id: String(id), email: user.email }
  return { account, sid: user._sid, state: await stateOf(payload, slugs, account, user._sid) }
}
