import * as oidc from 'openid-client'
import type { Endpoint, PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { claimValues, safeAdminPath } from '@shared/oidcClaims'
import { isRecord } from '@cms/isRecord'
import { accountFromClaims } from './account'
import { seal, unseal } from './sealed'
import { forgetProvider, providerConfig, reasonOf } from './client'
import { loginCookie } from './session'
import { ssoText, type SsoError } from './texts'
import { townSso, type TownSso } from './townSso'
import { recordAudit } from '@cms/audit/record'
import { markLoggedIn } from '@cms/privacy/users'
import { adminLanguageCookie } from '@cms/collections/Users/hooks/adminLanguageCookie'

/** How long a started sign-in may take at the provider. */
const PENDING_MS = 10 * 60 * 1000

/** A started sign-in, sealed into the browser's state cookie (sealed.ts). */
interface Pending {
  town: string
  state: string
  verifier: string
  nonce: string
  redirect: string
  expires: number
}

function pendingOf(value: unknown): Pending | null {
  if (!isRecord(value)) return null
  const { town, state, verifier, nonce, redirect, expires } = value
  if (typeof town !== 'string' || typeof state !== 'string' || typeof verifier !== 'string' || typeof nonce !== 'string' || typeof redirect !== 'string' || typeof expires !== 'number') return null
  return { town, state, verifier, nonce, redirect, expires }
}
const stateCookie = (req: PayloadRequest) => `${req.payload.config.cookiePrefix}-sso-state`
/** `/api/users/sso`: where the endpoints answer (the API route and the users' slug are the host's). */
const basePath = (req: PayloadRequest, slug: PortalSlugs['users']) => `${req.payload.config.routes.api}/${slug}/sso`

/**
 * The portal's address as the browser sees it: SERVER_URL (required in production), else the
 * host the browser asked for (the demo is reached as localhost and as 127.0.0.1, and the state
 * cookie holds only on the host that set it). A forged Host gains nothing: the provider sends
 * people back only to addresses registered there.
 */
function origin(req: PayloadRequest): string {
  if (req.payload.config.serverURL) return req.payload.config.serverURL
  const url = new URL(req.url ?? 'http://localhost')
  const host = req.headers.get('host')
  return host ? `${url.protocol}//${host}` : url.origin
}
const callbackURL = (req: PayloadRequest, slug: PortalSlugs['users'], town: string) => `${origin(req)}${basePath(req, slug)}/${encodeURIComponent(town)}/callback`

/**
 * The state cookie: the started sign-in, sealed, bound to this browser (no one can finish it in
 * another), for this path only, gone after 10 minutes or the callback.
 */
function setStateCookie(req: PayloadRequest, slug: PortalSlugs['users'], value: string, maxAge: number): string {
  const secure = Boolean(req.payload.collections[slug]?.config.auth.cookies.secure)
  return `${stateCookie(req)}=${value}; Path=${basePath(req, slug)}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`
}

function cookieValue(req: PayloadRequest, name: string): string {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return ''
}

const redirect = (location: string, cookies: string[] = []) => {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  for (const c of cookies) headers.append('Set-Cookie', c)
  return new Response(null, { status: 302, headers })
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * After a sign-in: a page that moves on to the admin by itself. Not a redirect: this request
 * came from the provider's site, and a browser marks everything in a redirect chain with a
 * cross-site hop as cross-site, so the admin would not count the new login cookie (see CSRF in
 * the README). A navigation started by this page is same-origin. No script needed.
 */
function continuePage(req: PayloadRequest, target: string, cookies: string[]): Response {
  const lang = req.i18n?.language ?? 'de'
  const text = escape(ssoText(lang, 'continue'))
  const href = escape(target)
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
  for (const c of cookies) headers.append('Set-Cookie', c)
  const html = `<!doctype html><html lang="${escape(lang)}" dir="${['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta http-equiv="refresh" content="0;url=${href}"><title>${text}</title></head><body><main><p><a href="${href}">${text}</a></p></main></body></html>`
  return new Response(html, { status: 200, headers })
}

/** Back to the login page, which shows the reason in the person's language (never a 500). */
function refuse(req: PayloadRequest, reason: SsoError, town: string, cookies: string[] = []): Response {
  const query = new URLSearchParams({ sso_error: reason, ...(town ? { sso_town: town } : {}) })
  return redirect(`${req.payload.config.routes.admin}/login?${query}`, cookies)
}

/**
 * `GET /api/users/sso/:town`: starts a sign-in at the town's provider (authorization code flow
 * with PKCE, a state bound to this browser by a cookie, and a nonce bound to the ID token).
 */
function start(users: PortalSlugs['users']): Endpoint {
  return {
    method: 'get',
    path: '/sso/:town',
    handler: async (req) => {
      const slug = String(req.routeParams?.town ?? '')
      const town = await townSso(req.payload, slug)
      if (!town) return refuse(req, 'notConfigured', slug)
      let config: oidc.Configuration
      try {
        config = await providerConfig(town)
      } catch (error) {
        req.payload.logger.warn({ msg: `Single sign-on of ${slug}: the provider's discovery failed`, err: error })
        return refuse(req, reasonOf(error), slug)
      }
      const state = oidc.randomState()
      const nonce = oidc.randomNonce()
      const verifier = oidc.randomPKCECodeVerifier()
      const pending: Pending = { town: slug, state, verifier, nonce, redirect: safeAdminPath(req.searchParams.get('redirect'), req.payload.config.routes.admin), expires: Date.now() + PENDING_MS }
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: callbackURL(req, users, slug),
        scope: 'openid email profile',
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      })
      return redirect(url.href, [setStateCookie(req, users, seal(req.payload.secret, pending), PENDING_MS / 1000)])
    },
  }
}

/** The claims of the ID token, with the userinfo's where the token lacks the e-mail or the group claim. */
async function claimsOf(config: oidc.Configuration, town: TownSso, tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>): Promise<Record<string, unknown>> {
  const idClaims = tokens.claims()
  if (!idClaims) throw new Error('No ID token')
  const claims: Record<string, unknown> = { ...idClaims }
  const lacking = !claims.email || claimValues(claims, town.mapping.claim).length === 0
  if (lacking && config.serverMetadata().userinfo_endpoint) {
    const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
    // The ID token's own claims (issuer, subject, nonce) stay as the token says.
    return { ...info, ...claims }
  }
  return claims
}

/**
 * `GET /api/users/sso/:town/callback`: the provider sends the person back here. The code is
 * exchanged (PKCE verifier, state and nonce checked, ID token verified against the town's
 * issuer), the account found or made from the claims, and Payload's login cookie set.
 */
function callback(users: PortalSlugs['users']): Endpoint {
  return {
    method: 'get',
    path: '/sso/:town/callback',
    handler: async (req) => {
      const slug = String(req.routeParams?.town ?? '')
      const clear = setStateCookie(req, users, '', 0)
      const state = req.searchParams.get('state') ?? ''
      // The state must be the one this browser started with, in time, for this town (the
      // provider's code works once, so a sign-in cannot be finished twice either).
      const pending = pendingOf(unseal(req.payload.secret, cookieValue(req, stateCookie(req))))
      if (!state || !pending || pending.state !== state || pending.expires < Date.now() || pending.town !== slug) return refuse(req, 'state', slug, [clear])
      const town = await townSso(req.payload, slug)
      if (!town) return refuse(req, 'notConfigured', slug, [clear])
      try {
        const config = await providerConfig(town)
        // The address the provider redirected to, as registered (behind a proxy req.url is internal).
        const current = new URL(callbackURL(req, users, slug))
        current.search = req.searchParams.toString()
        const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: pending.verifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true })
        const outcome = await accountFromClaims(req, users, town, await claimsOf(config, town, tokens))
        if ('refused' in outcome) {
          req.payload.logger.info(`Single sign-on of ${slug} refused: ${outcome.refused}`)
          recordAudit(req, { action: 'ssoRefused', detail: { town: slug, reason: outcome.refused } })
          return refuse(req, outcome.refused, slug, [clear])
        }
        const cookie = await loginCookie(req, users, outcome.user)
        // A login like a password login: in the audit log, and the account is in use (data protection).
        recordAudit(req, { action: 'ssoLogin', collection: users, documentId: outcome.user.id, user: outcome.user, detail: { town: slug } })
        await markLoggedIn(req.payload, users, outcome.user.id)
        const language = adminLanguageCookie(req, outcome.user.language)
        return continuePage(req, pending.redirect, [clear, cookie, ...(language ? [language] : [])])
      } catch (error) {
        const reason = reasonOf(error)
        if (reason === 'unavailable' || reason === 'issuer') forgetProvider(town)
        req.payload.logger.warn({ msg: `Single sign-on of ${slug} failed (${reason})`, err: error })
        return refuse(req, reason, slug, [clear])
      }
    },
  }
}

/** The single sign-on's endpoints on the users collection (`/api/users/sso/…`). */
export const ssoEndpoints = (users: PortalSlugs['users']): Endpoint[] => [start(users), callback(users)]
