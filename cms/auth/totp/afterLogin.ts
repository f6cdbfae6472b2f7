import type { CollectionAfterLoginHook } from 'payload'
import { isRecord } from '@cms/isRecord'
import { markSessionDone, stateOf, type TwoFactorSlugs } from './state'

/** The session ID inside a token Payload has just signed (its payload part, no need to check the signature here). */
function sidOf(token: string): string | null {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return isRecord(claims) && typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}

/**
 * After a password login: when the account needs no second step (two-factor login off and not
 * required), its new session is marked as passed at once, so the check on each request reads
 * nothing more. Otherwise the session stays pending until a code is given. Sessions made by other
 * ways (a password reset, single sign-on) are judged on each request the same way.
 */
export const markSessionWithoutSecondStep =
  (slugs: TwoFactorSlugs): CollectionAfterLoginHook =>
  async ({ req, token, user }) => {
    const sid = sidOf(token)
    const id: unknown = user.id
    if (!sid || (typeof id !== 'string' && typeof id !== 'number')) return user
    const account = { ...user, id: String(id) }
    if ((await stateOf(req.payload, slugs, account, undefined)) === 'done') await markSessionDone(req.payload, slugs, account, sid, req)
    return user
  }
