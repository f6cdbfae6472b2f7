import { randomUUID } from 'node:crypto'
import { getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import type { User } from '@cms/payload-types'
import type { PortalSlugs } from '@cms/types'
import { collectionBySlug } from '@cms/security/collectionBySlug'
import { markSessionDone } from '@cms/auth/totp'

type Sessions = NonNullable<User['sessions']>

/**
 * Payload's own login cookie for an account the provider vouched for, made the way Payload's
 * password login makes it (payload/dist/auth/operations/login.js): a session on the account, the
 * account's `saveToJWT` fields signed with the installation's secret, the collection's cookie
 * settings. Everything downstream (the admin, access rules, logout) cannot tell the difference.
 */
export async function loginCookie(req: PayloadRequest, slug: PortalSlugs['users'], user: User): Promise<string> {
  const collection = collectionBySlug(req.payload, slug)
  if (!collection?.config.auth) throw new Error(`${slug} is not an auth collection`)
  const auth = collection.config.auth
  let sid: string | undefined
  if (auth.useSessions) {
    sid = randomUUID()
    const now = new Date()
    // The stored sessions, read past the field's read access (only the account itself sees them).
    const stored = await req.payload.db.findOne<User>({ collection: slug, where: { id: { equals: user.id } }, req })
    const sessions: Sessions = [...(stored?.sessions ?? []).filter((s) => new Date(s.expiresAt) > now), { id: sid, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + auth.tokenExpiration * 1000).toISOString() }]
    await writeRaw(req, slug, user.id, { sessions })
    // The town's provider checked the person, with its own second factor where the town wants one:
    // this session needs no code from the portal's two-factor login (cms/auth/totp).
    await markSessionDone(req.payload, { users: slug }, { id: String(user.id), sessions, twoFactorSessions: stored?.twoFactorSessions }, sid)
  }
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection.config, email: user.email, user: { ...user, collection: slug }, ...(sid ? { sid } : {}) })
  const { token } = await jwtSign({ fieldsToSign, secret: req.payload.secret, tokenExpiration: auth.tokenExpiration })
  return generatePayloadCookie({ collectionAuthConfig: auth, cookiePrefix: req.payload.config.cookiePrefix, token })
}

/**
 * Writes fields of an account straight to the database, past hooks and access, as Payload's
 * own login does for its sessions. The whole row goes back: the SQLite adapter replaces the
 * array fields of a row it is given, so a partial row would lose the account's towns.
 * `updatedAt` stays as it was (a login is no edit of the account).
 */
export async function writeRaw(req: PayloadRequest, slug: PortalSlugs['users'], id: string, change: Partial<User>): Promise<void> {
  const stored = await req.payload.db.findOne<User>({ collection: slug, where: { id: { equals: id } }, req })
  if (!stored) return
  await req.payload.db.updateOne({ collection: slug, id, data: { ...stored, ...change, updatedAt: stored.updatedAt }, req, returning: false })
}
