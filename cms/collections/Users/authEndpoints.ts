import type { PortalSlugs } from '@cms/types'
import { addDataAndFileToRequest, APIError, headersWithCors, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { afterResponse } from '@cms/security/afterResponse'
import { authText } from '@cms/security/authTexts'
import { clear, forgive, throttle, type Throttle } from '@cms/security/throttle'
import { CONFIRMED_EMAIL_CHANGE, emailChangeRequested, pendingKey, type PendingEmailChange } from './hooks/deferEmailChange'
import { payloadHandler, peekJson, statusOf } from './payloadEndpoint'
import { translate } from '@cms/i18n/translate'
import { recordLoginFailure } from '@cms/audit/logins'

/** Wraps Payload's own handler of `method path` with `around`. */
function wrap(slug: PortalSlugs['users'], method: Endpoint['method'], path: string, around: (req: PayloadRequest, payloads: PayloadHandler) => Promise<Response>): Endpoint {
  const handler: PayloadHandler = (req) => around(req, payloadHandler(req, slug, method, path, handler))
  return { method, path, handler }
}

/**
 * Login, throttled per address and per (address, account) instead of Payload's per-account
 * lock (which let anyone lock anyone out). Only wrong passwords count: a success clears the
 * account's count and takes its attempt back from the address; a malformed request (400)
 * tested no password and is taken back too.
 */
function login(slug: PortalSlugs['users']): Endpoint {
  return wrap(slug, 'post', '/login', async (req, payloads) => {
    const { email } = await peekJson(req)
    const address: Throttle = { limit: 'loginAddress' }
    const account: Throttle = { limit: 'loginAccount', subject: typeof email === 'string' ? email : '' }
    const limited = await throttle(req, [address, account])
    if (limited) return limited
    try {
      const response = await payloads(req)
      await forgive(req, [address])
      await clear(req, [account])
      return response
    } catch (error) {
      if (statusOf(error) !== 401) await forgive(req, [address, account])
      else recordLoginFailure(req, slug, email)
      throw error
    }
  })
}

/**
 * Password reset requests: the same answer at once for every address; whether an account
 * exists decides only what happens after the response (Payload's token and mail).
 */
function forgotPassword(slug: PortalSlugs['users']): Endpoint {
  return {
    method: 'post',
    path: '/forgot-password',
    handler: async (req) => {
      await addDataAndFileToRequest(req)
      const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
      if (!email) throw new APIError(translate(req.t, 'server.missingEmail'), 400)
      const limited = await throttle(req, [{ limit: 'forgotAddress' }, { limit: 'forgotAccount', subject: email }])
      if (limited) return limited
      afterResponse(req.payload, 'forgot-password', () => req.payload.forgotPassword({ collection: slug, data: { email }, req }))
      return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
    },
  }
}

/** Reset tokens are long and random; the limit still stops anyone trying them in bulk. */
function resetPassword(slug: PortalSlugs['users']): Endpoint {
  return wrap(slug, 'post', '/reset-password', async (req, payloads) => (await throttle(req, [{ limit: 'tokenAddress' }])) ?? payloads(req))
}

/** Saving an account: e-mail changes are counted, and the answer says where the link went. */
function updateAccount(slug: PortalSlugs['users']): Endpoint {
  return wrap(slug, 'patch', '/:id', async (req, payloads) => {
    const { email } = await peekJson(req)
    if (typeof email === 'string' && req.user) {
      const limited = await throttle(req, [{ limit: 'emailChange', subject: String(req.user.id) }])
      if (limited) return limited
    }
    const response = await payloads(req)
    if (!emailChangeRequested(req) || response.status !== 200) return response
    const body: unknown = await response.json()
    return Response.json({ ...(body && typeof body === 'object' ? body : {}), message: authText(req.i18n?.language, 'emailChangeSent') }, { status: 200, headers: response.headers })
  })
}

const page = (lang: string, title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  )
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The link in the confirmation mail opens a page with one button (a GET changes nothing, so
 * mail scanners that fetch links confirm nothing); the button posts the token here.
 */
function confirmEmail(slug: PortalSlugs['users']): Endpoint[] {
  const form: Endpoint = {
    method: 'get',
    path: '/confirm-email',
    handler: (req) => {
      const lang = req.i18n?.language ?? 'de'
      const token = String(req.searchParams.get('token') ?? '')
      const title = authText(lang, 'emailChangeConfirm')
      return page(lang, title, `<form method="post"><input type="hidden" name="token" value="${escape(token)}"><button type="submit">${title}</button></form>`)
    },
  }
  const confirm: Endpoint = {
    method: 'post',
    path: '/confirm-email',
    handler: async (req) => {
      const lang = req.i18n?.language ?? 'de'
      const json = (req.headers.get('content-type') ?? '').startsWith('application/json')
      const answer = (key: 'emailChangeDone' | 'emailChangeInvalid', status: number) =>
        json ? Response.json(status === 200 ? { message: authText(lang, key) } : { errors: [{ message: authText(lang, key) }] }, { status }) : page(lang, authText(lang, key), '', status)
      const limited = await throttle(req, [{ limit: 'tokenAddress' }])
      if (limited) return limited
      let token = ''
      try {
        const fields: unknown = json ? await req.json?.() : Object.fromEntries(new URLSearchParams((await req.text?.()) ?? ''))
        const value = fields && typeof fields === 'object' && 'token' in fields ? fields.token : ''
        token = typeof value === 'string' ? value : ''
      } catch {
        return answer('emailChangeInvalid', 400)
      }
      const key = pendingKey(token)
      const change = token ? await req.payload.kv.get<PendingEmailChange>(key) : null
      if (!change || change.expires < Date.now()) return answer('emailChangeInvalid', 400)
      await req.payload.kv.delete(key)
      try {
        await req.payload.update({ collection: slug, id: change.user, data: { email: change.email }, overrideAccess: true, context: { [CONFIRMED_EMAIL_CHANGE]: true } })
      } catch {
        // Taken meanwhile (or the account is gone): the holder of the new mailbox learns only that.
        return answer('emailChangeInvalid', 400)
      }
      return answer('emailChangeDone', 200)
    },
  }
  return [form, confirm]
}

/** The users collection's own auth endpoints (they answer before Payload's; see payloadEndpoint.ts). */
export const authEndpoints = (slug: PortalSlugs['users']): Endpoint[] => [login(slug), forgotPassword(slug), resetPassword(slug), updateAccount(slug), ...confirmEmail(slug)]
