import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const webDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(webDir, '..')
// next-intl resolves this path from the working directory (the repository root for
// `next build web`, web/ for `cd web && next build`).
const withNextIntl = createNextIntlPlugin(`./${path.relative(process.cwd(), path.join(webDir, 'i18n/request.ts'))}`)

/** On every response: no MIME sniffing, no full URLs to other sites, framing by this site only. */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
]

/**
 * The admin (Payload's React app) keeps its inline scripts and styles: it ships them itself and
 * the proxy does not run there. Its policy only closes what it never uses: plugins, a foreign
 * <base>, form posts elsewhere, framing by other sites.
 */
export const ADMIN_CSP = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

const config: NextConfig = {
  // cms/, shared/ and locales/ live beside web/: the whole repository is the build root.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Turbopack keeps a cache on disk for the next build (15 s to write after a full build on 2
  // cores): a gain on a developer's machine, pure cost on CI, where every build starts from a
  // fresh clone (.ci/run sets CI=true).
  experimental: { turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
  // CI checks the types of the whole repository (`npm run typecheck`, .ci/run) before it builds:
  // the build's own check of the same files took another 30-55 s there.
  typescript: { ignoreBuildErrors: process.env.CI === 'true' },
  // web/server.mjs compresses: it finishes portal pages first and keeps them compressed (see there).
  compress: false,
  // Nothing uses Next's data cache: the portal's one cache is web/server.mjs's response cache.
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

const withPayloadConfig = withPayload(withIntl, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers
/**
 * Payload asks for the colour-scheme client hint on every path (Accept-CH with Critical-CH,
 * for the admin's dark mode). Critical-CH makes Chromium load a page twice on a first visit
 * (measured: a second document request carrying the hint), and the portal does not use the
 * hint: only the admin asks for it.
 */
withPayloadConfig.headers = async () =>
  ((await payloadHeaders?.()) ?? []).map((rule) => (rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule))

export default withPayloadConfig
