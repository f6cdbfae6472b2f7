import { addDataAndFileToRequest, headersWithCors, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'
import { collectionBySlug } from '@cms/security/collectionBySlug'
import { clear, forgive, throttle, type Throttle } from '@cms/security/throttle'
import { checkSecondFactor, confirmEnrolment, beginEnrolment, disableSecondFactor, recoveryCodesLeft, type Outcome } from './operations'
import { isAdmin, isEditor } from '@cms/access/roles'
import { endSession, isRequired, known, markSessionDone, resetAccount, sessionOf, type Session, type TwoFactorSlugs } from './state'
import { twoFactorText, type TwoFactorKey } from './texts'
import { TWO_FACTOR_PATH } from './paths'
import { recordAudit } from '@cms/audit/record'
import type { AuditAction } from '@shared/auditLog'

/** An event of the account's second factor for the audit log (a pending session has no req.user: the account is named). */
const audit = (req: PayloadRequest, action: AuditAction, session: Session) =>
  recordAudit(req, { action, collection: req.payload.config.admin.user, documentId: session.account.id, user: { id: session.account.id, role: typeof session.account.role === 'string' ? session.account.role : null, tenants: session.account.tenants } })

const answer = (req: PayloadRequest, body: Record<string, unknown>, status = 200, headers = new Headers()) =>
  Response.json(body, { status, headers: headersWithCors({ headers, req }) })

const refuse = (req: PayloadRequest, key: TwoFactorKey, status: number) => answer(req, { errors: [{ message: twoFactorText(req.i18n?.language, key) }] }, status)

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return {}
  }
  return req.data ?? {}
}

/**
 * A code attempt, throttled as passwords are (per address, and per account from one address):
 * only wrong codes count; a right one takes its attempt back from the address and clears the
 * account's count, and an empty one tested nothing.
 */
async function codeAttempt<T>(
  req: PayloadRequest,
  session: Session | null,
  attempt: (session: Session) => Promise<Outcome<T>>,
  done: (value: T, session: Session) => Promise<Response>,
  wrongStatus: number,
): Promise<Response> {
  const address: Throttle = { limit: 'twoFactorAddress' }
  const account: Throttle = { limit: 'twoFactorAccount', subject: session?.account.id ?? '' }
  const limited = await throttle(req, [address, account])
  if (limited) return limited
  if (!session) return refuse(req, 'notLoggedIn', 401)
  const outcome = await attempt(session)
  if (outcome.ok) {
    await forgive(req, [address])
    await clear(req, [account])
    return done(outcome.value, session)
  }
  if (outcome.reason === 'missingCode' || outcome.reason === 'startAgain' || outcome.reason === 'notOn') await forgive(req, [address, account])
  const wrong = outcome.reason === 'wrongCode' || outcome.reason === 'wrongRecovery'
  if (wrong) audit(req, 'twoFactorFailed', session)
  return refuse(req, outcome.reason, wrong ? wrongStatus : 400)
}

/**
 * The second step over HTTP, for the admin's screens and API clients alike. Every endpoint finds
 * the session itself (`sessionOf`): a session whose second step is missing is nobody to the rest
 * of the API.
 */
export function twoFactorEndpoints(slugs: TwoFactorSlugs): Endpoint[] {
  const session = (req: PayloadRequest) => sessionOf(req.payload, slugs, req.headers)

  /** Where the session stands: `state` done | code | enrol, whether the account has it on, must have it, codes left. */
  const status: Endpoint = {
    method: 'get',
    path: TWO_FACTOR_PATH,
    handler: async (req) => {
      const s = await session(req)
      if (!s) return refuse(req, 'notLoggedIn', 401)
      const enabled = s.account.twoFactorEnabled === true
      return answer(req, { state: s.state, enabled, required: await isRequired(req.payload, slugs, s.account), recoveryCodesLeft: enabled && s.state === 'done' ? await recoveryCodesLeft(req.payload, slugs, s) : undefined })
    },
  }

  /** A new key to scan (a session that passed, or one that must enrol). */
  const setup: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/setup`,
    handler: async (req) => {
      const s = await session(req)
      if (!s) return refuse(req, 'notLoggedIn', 401)
      if (s.account.twoFactorEnabled === true) return refuse(req, 'alreadyOn', 400)
      return answer(req, { ...(await beginEnrolment(req.payload, slugs, s)) })
    },
  }

  /** `{ code }` from the new key: on, and the recovery codes, once. */
  const confirm: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/confirm`,
    handler: async (req) => {
      const s = await session(req)
      const { code } = await bodyOf(req)
      if (s?.account.twoFactorEnabled === true) return refuse(req, 'alreadyOn', 400)
      return codeAttempt(
        req,
        s,
        (found) => confirmEnrolment(req.payload, slugs, found, code),
        async (recoveryCodes, found) => {
          audit(req, 'twoFactorEnabled', found)
          return answer(req, { message: twoFactorText(req.i18n?.language, 'isOn'), recoveryCodes })
        },
        400,
      )
    },
  }

  /** `{ code }` or `{ recoveryCode }`: the second step of a password login. */
  const verify: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/verify`,
    handler: async (req) => {
      const s = await session(req)
      const { code, recoveryCode } = await bodyOf(req)
      if (s?.state === 'enrol') return refuse(req, 'setupFirst', 400)
      if (s?.state === 'done') return answer(req, { message: twoFactorText(req.i18n?.language, 'accepted') })
      return codeAttempt(
        req,
        s,
        (found) => checkSecondFactor(req.payload, slugs, found, { code, recoveryCode }),
        async (left, found) => {
          await markSessionDone(req.payload, slugs, found.account, found.sid)
          return answer(req, { message: twoFactorText(req.i18n?.language, 'accepted'), recoveryCodesLeft: left })
        },
        401,
      )
    },
  }

  /** `{ code }` (or `{ recoveryCode }`, the phone lost): off again, where the account is not required to have it. */
  const disable: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/disable`,
    handler: async (req) => {
      const s = await session(req)
      const { code, recoveryCode } = await bodyOf(req)
      if (s && s.state !== 'done') return refuse(req, 'notLoggedIn', 401)
      if (s && s.account.twoFactorEnabled !== true) return refuse(req, 'notOn', 400)
      if (s && (await isRequired(req.payload, slugs, s.account))) return refuse(req, 'required', 400)
      return codeAttempt(
        req,
        s,
        (found) => checkSecondFactor(req.payload, slugs, found, { code, recoveryCode }),
        async (_, found) => {
          await disableSecondFactor(req.payload, slugs, found)
          audit(req, 'twoFactorDisabled', found)
          return answer(req, { message: twoFactorText(req.i18n?.language, 'turnedOff') })
        },
        400,
      )
    },
  }

  /** Leaves the second step: the session ends and the cookie goes (Payload's logout needs a full login). */
  const cancel: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/cancel`,
    handler: async (req) => {
      const s = await session(req)
      if (s) await endSession(req.payload, slugs, s.account, s.sid)
      const auth = collectionBySlug(req.payload, slugs.users)?.config.auth
      const headers = new Headers()
      if (auth) headers.set('Set-Cookie', generateExpiredPayloadCookie({ collectionAuthConfig: auth, cookiePrefix: req.payload.config.cookiePrefix }))
      return answer(req, { message: req.t('authentication:loggedOutSuccessfully') }, 200, headers)
    },
  }

  /**
   * `{ user }`: staff reset the two-factor login of an account they manage, when its owner lost
   * phone and recovery codes: admins any other account, editors the provider accounts they see.
   */
  const reset: Endpoint = {
    method: 'post',
    path: `${TWO_FACTOR_PATH}/reset`,
    handler: async (req) => {
      const { user: target } = await bodyOf(req)
      const me = req.user
      if (!me) return refuse(req, 'notLoggedIn', 401)
      if (typeof target !== 'string' || !target || target === String(me.id)) return refuse(req, 'resetWho', 400)
      if (!isAdmin(me) && !isEditor(me)) return refuse(req, 'resetForbidden', 403)
      // Through the caller's own read access (an editor: providers of their towns), so nothing else is revealed.
      const where: Where = isAdmin(me) ? { id: { equals: target } } : { and: [{ id: { equals: target } }, { role: { equals: 'provider' } }] }
      const { totalDocs } = await req.payload.count({ collection: known(req.payload, slugs.users), where, overrideAccess: false, req })
      if (totalDocs === 0) return refuse(req, 'resetForbidden', 403)
      await resetAccount(req.payload, slugs, target)
      return answer(req, { message: twoFactorText(req.i18n?.language, 'resetDone') })
    },
  }

  return [status, setup, confirm, verify, disable, cancel, reset]
}
