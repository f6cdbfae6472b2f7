import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { isLocale } from '@shared/locales'
import { isPortalRoute, NOT_FOUND_SEGMENT, route } from '@shared/routes'
import { routing } from './i18n/routing'
import { newNonce, portalCsp } from './lib/securityHeaders'

const intl = createMiddleware(routing)

/**
 * Portal pages are rendered per request (`force-dynamic`), for which Next.js would send
 * `private, no-store`. They are the same for every reader (read as the public, no cookie,
 * no login), so a shared cache (deploy/nginx) may keep them briefly: `s-maxage` is the
 * longest a publish stays unseen there; browsers (`max-age=0`) always ask again. Next keeps
 * a Cache-Control that is already set (sendRenderResult), so this header wins. A cached copy
 * keeps its CSP nonce with its HTML, so for those seconds readers share one nonce: acceptable
 * for pages without per-reader data whose stored texts are escaped (tests/e2e/stored-xss).
 */
const PORTAL_PAGE_CACHE = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'

const cacheable = (request: NextRequest, response: Response) => {
  if (request.method === 'GET' || request.method === 'HEAD') response.headers.set('Cache-Control', PORTAL_PAGE_CACHE)
  return response
}

export default function proxy(request: NextRequest) {
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = portalCsp(newNonce(), { dev: process.env.NODE_ENV === 'development', tileUrl: process.env.MAP_TILE_URL })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  const [, locale, ...segments] = request.nextUrl.pathname.split('/')
  const secured = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', csp)
    return response
  }
  if (isLocale(locale) && (segments.join('/') === NOT_FOUND_SEGMENT || !isPortalRoute(segments.filter(Boolean)))) {
    // A server-rendered 404 in the reader's language, readable without JavaScript.
    return cacheable(request, secured(NextResponse.rewrite(new URL(route.notFound({ locale }), request.url), { status: 404, request: { headers } })))
  }
  // next-intl forwards the request's headers (ours included) to the page.
  const response = secured(intl(new NextRequest(request, { headers })))
  // Only a page of a language: `/` is a redirect negotiated from Accept-Language.
  return isLocale(locale) && !response.headers.has('location') ? cacheable(request, response) : response
}

export const config = {
  // Everything but the admin, the API, Next's own files and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
