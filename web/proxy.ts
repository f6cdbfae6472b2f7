import { NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { isLocale } from '../shared/locales'
import { isPortalRoute, NOT_FOUND_SEGMENT } from '../shared/routes'
import { routing } from './i18n/routing'
import { newNonce, portalCsp } from './lib/securityHeaders'

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = portalCsp(newNonce(), { dev: process.env.NODE_ENV === 'development', tileUrl: process.env.MAP_TILE_URL })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', csp)
  const [, locale, ...segments] = request.nextUrl.pathname.split('/')
  const response =
    isLocale(locale) && (segments.join('/') === NOT_FOUND_SEGMENT || !isPortalRoute(segments.filter(Boolean)))
      ? // A server-rendered 404 in the reader's language, readable without JavaScript.
        NextResponse.rewrite(new URL(`/${locale}/${NOT_FOUND_SEGMENT}`, request.url), { status: 404, request: { headers } })
      : // next-intl forwards the request's headers (ours included) to the page.
        intl(new NextRequest(request, { headers }))
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  // Everything but the admin, the API, Next's own files and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
