import type { CollectionAfterLoginHook, PayloadRequest } from 'payload'
import { mergeHeaders } from 'payload'
import type { User } from '@cms/payload-types'

/** Payload's cookie of the admin language (what its language menu sets). */
const cookieName = (req: PayloadRequest) => `${req.payload.config.cookiePrefix || 'payload'}-lng`

/**
 * The Set-Cookie value that opens the admin in the account's language, or null: when the browser
 * already holds a choice made in the admin (Payload's language cookie), or the account has no
 * language Payload offers. Payload picks the language from that cookie, then from the browser's
 * Accept-Language; a provider invited in German whose browser says en-US (headless Chromium, a
 * library computer) got an English admin although the invitation named German.
 */
export function adminLanguageCookie(req: PayloadRequest, language: unknown): string | null {
  if (typeof language !== 'string' || !Object.hasOwn(req.payload.config.i18n.supportedLanguages, language)) return null
  const name = cookieName(req)
  const chosen = (req.headers.get('cookie') ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))
  // Like Payload's own language cookie: the whole site, a year, readable by the admin's scripts.
  return chosen ? null : `${name}=${language}; Path=/; SameSite=Lax; Max-Age=31536000`
}

/** After a password login (the REST route the admin's login form calls): the account's language cookie. */
export const setAdminLanguage: CollectionAfterLoginHook<User> = ({ req, user }) => {
  const cookie = adminLanguageCookie(req, user.language)
  if (cookie) req.responseHeaders = mergeHeaders(new Headers({ 'Set-Cookie': cookie }), req.responseHeaders ?? new Headers())
  return user
}
