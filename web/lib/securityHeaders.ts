/**
 * The portal's Content-Security-Policy, built per request by proxy.ts. (The headers of every
 * response are in next.config.ts: Next compiles that file on its own and cannot import this one.)
 */

/** The origin of a tile URL template (MAP_TILE_URL), or null when unset or not http(s). */
export function tileOrigin(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, '0'))
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null
  } catch {
    return null
  }
}

/**
 * The portal's policy. Scripts: only files from this site, and on a page that keeps Next's
 * runtime also inline scripts with this response's nonce (Next.js puts it on its own inline
 * RSC scripts and bundles when it finds it in the request's CSP header) and whatever they load
 * ('strict-dynamic'). So no injected `<script>` or `onerror=` runs. A page without the runtime
 * (all but the directory's map) has no nonce at all: its cached copy is the same for everyone.
 * Styles allow inline: React writes style attributes (progress bars, the town colour), and CSS
 * cannot run code. Images also from the town's tile server when one is configured.
 */
export function portalCsp(nonce: string | null, { dev = false, tileUrl }: { dev?: boolean; tileUrl?: string } = {}): string {
  const tiles = tileOrigin(tileUrl)
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlays; production never does.
    `script-src 'self'${nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : ''}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** A fresh, unguessable nonce per response (Web Crypto: works in the proxy's runtime too). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** This response's script nonce, from the CSP header the proxy put on the request. */
export function nonceOf(requestCsp: string | null): string | undefined {
  return requestCsp?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1]
}
