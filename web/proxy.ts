import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { isLocale } from '@shared/locales'
import { isPortalRoute, keepsClientRuntime, NOT_FOUND_SEGMENT, NOT_FOUND_TOWN, route } from '@shared/routes'
import { routing } from './i18n/routing'
import { newNonce, portalCsp, tileOrigin } from './lib/securityHeaders'

const intl = createMiddleware(routing)

/** Tells web/server.mjs to send this page whole, runtime included (never cached). */
const RUNTIME_HEADER = 'x-portal-runtime'

export default function proxy(request: NextRequest) {
  const [, locale, ...segments] = request.nextUrl.pathname.split('/')
  const known = segments.filter(Boolean)
  const env = { dev: process.env.NODE_ENV === 'development', tileUrl: process.env.MAP_TILE_URL }
  // Only a page that keeps Next's runtime needs a per-response nonce (Next puts it on its
  // scripts when it finds one in the request's CSP); every other page has no inline script
  // left once web/server.mjs has taken the runtime out, and its policy allows none at all.
  const keep = isLocale(locale) && keepsClientRuntime(known, tileOrigin(env.tileUrl) !== null)
  // Under `next dev` nothing takes the runtime out: every page keeps it and needs the nonce.
  const csp = portalCsp(keep || env.dev ? newNonce() : null, env)
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  const secured = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', csp)
    if (keep) response.headers.set(RUNTIME_HEADER, 'keep')
    return response
  }
  if (isLocale(locale) && (segments.join('/') === NOT_FOUND_SEGMENT || !isPortalRoute(known))) {
    // A server-rendered 404 in the reader's language, readable without JavaScript; below a
    // town, inside the town's frame (the page checks that the town exists). Only this rewrite
    // names the town: a request for the 404 page itself loses its query here.
    const notFound = new URL(route.notFound({ locale }), request.url)
    if (known.length > 1 && known[0] !== NOT_FOUND_SEGMENT) notFound.searchParams.set(NOT_FOUND_TOWN, known[0] ?? '')
    return secured(NextResponse.rewrite(notFound, { status: 404, request: { headers } }))
  }
  // next-intl forwards the request's headers (ours included) to the page.
  return secured(intl(new NextRequest(request, { headers })))
}

export const config = {
  // Everything but the admin, the API, Next's own files and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
