import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { ADMIN_CSP, SECURITY_HEADERS } from './lib/securityHeaders'

const webDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(webDir, '..')
// next-intl resolves this path from the working directory (the repository root for
// `next build web`, web/ for `cd web && next build`).
const withNextIntl = createNextIntlPlugin(`./${path.relative(process.cwd(), path.join(webDir, 'i18n/request.ts'))}`)


const config: NextConfig = {
  // cms/, shared/ and locales/ live beside web/: the whole repository is the build root.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  async headers() {
    // Portal pages get their nonce-based Content-Security-Policy from proxy.ts (per request).
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: ADMIN_CSP }] },
      { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: ADMIN_CSP }] },
    ]
  },
}

const withIntl = withNextIntl(config)
// Turbopack resolves aliases from the project directory (web/), whatever the working directory.
withIntl.turbopack = {
  ...withIntl.turbopack,
  resolveAlias: { ...withIntl.turbopack?.resolveAlias, 'next-intl/config': './i18n/request.ts' },
}

export default withPayload(withIntl, { devBundleServerPackages: false })
