import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { isLocale } from '../shared/locales'
import { isPortalRoute, NOT_FOUND_SEGMENT } from '../shared/routes'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  const [, locale, ...segments] = request.nextUrl.pathname.split('/')
  if (isLocale(locale) && (segments.join('/') === NOT_FOUND_SEGMENT || !isPortalRoute(segments.filter(Boolean)))) {
    // A server-rendered 404 in the reader's language, readable without JavaScript.
    return NextResponse.rewrite(new URL(`/${locale}/${NOT_FOUND_SEGMENT}`, request.url), { status: 404 })
  }
  return intl(request)
}

export const config = {
  // Everything but the admin, the API, Next's own files and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
