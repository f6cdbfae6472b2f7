import { NextRequest } from 'next/server'
import { newNonce, portalCsp, tileOrigin } from '@web/lib/securityHeaders'
import { ADMIN_CSP, SECURITY_HEADERS } from '@web/next.config'

/** One directive of a policy, e.g. the sources of `script-src`. */
const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? []

describe('security headers (configuration; tests/e2e/security-headers.test.ts checks the built app)', () => {
  test('every response: nosniff, referrer policy, frame protection', () => {
    const byKey = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]))
    expect(byKey).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'SAMEORIGIN' })
  })

  test('next.config.ts sends them on every path and the admin policy on /admin', async () => {
    const { default: config } = await import('@web/next.config')
    const rules = (await config.headers?.()) ?? []
    expect(rules.find((r) => r.source === '/:path*')?.headers).toEqual(SECURITY_HEADERS)
    for (const source of ['/admin', '/admin/:path*']) {
      expect(rules.find((r) => r.source === source)?.headers).toEqual([{ key: 'Content-Security-Policy', value: ADMIN_CSP }])
    }
    expect(config.poweredByHeader).toBe(false)
  })

  test('the portal policy allows scripts only by nonce, never inline or eval in production', () => {
    const csp = portalCsp('abc123')
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    expect(csp).not.toMatch(/unsafe-eval/)
    expect(directive(csp, 'object-src')).toEqual(["'none'"])
    expect(directive(csp, 'base-uri')).toEqual(["'self'"])
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"])
    expect(directive(portalCsp('n', { dev: true }), 'script-src')).toContain("'unsafe-eval'")
    // Without a nonce (a page without Next's runtime): files of this site only.
    expect(directive(portalCsp(null), 'script-src')).toEqual(["'self'"])
  })

  test('a configured tile server is allowed for images only', () => {
    expect(tileOrigin('https://tiles.example.org/{z}/{x}/{y}.png')).toBe('https://tiles.example.org')
    expect(tileOrigin('javascript:alert(1)')).toBeNull()
    expect(tileOrigin(undefined)).toBeNull()
    const csp = portalCsp('n', { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' })
    expect(directive(csp, 'img-src')).toContain('https://tiles.example.org')
    expect(directive(csp, 'script-src')).not.toContain('https://tiles.example.org')
  })

  test('nonces are fresh and long enough', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const n of nonces) expect(n.length).toBeGreaterThanOrEqual(22)
  })

  test('the proxy sends the policy: a nonce, handed to the page renderer, only where the route keeps the runtime', async () => {
    const { default: proxy } = await import('@web/proxy')
    const policy = (path: string) => {
      const res = proxy(new NextRequest(`http://localhost${path}`))
      const csp = res.headers.get('Content-Security-Policy') ?? ''
      expect(directive(csp, 'script-src')).not.toContain("'unsafe-inline'")
      // NextResponse.next/rewrite({ request: { headers } }) forwards request headers this way.
      expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(csp)
      return { csp, runtime: res.headers.get('x-portal-runtime') }
    }
    for (const path of ['/de/town-one', '/de/no-such-page/x/y', '/de/town-one/services']) {
      expect(directive(policy(path).csp, 'script-src')).toEqual(["'self'"])
      expect(policy(path).runtime).toBeNull()
    }
    // The directory keeps the runtime for its tile map where a tile server is configured.
    process.env.MAP_TILE_URL = 'https://tiles.example.org/{z}/{x}/{y}.png'
    try {
      const { csp, runtime } = policy('/de/town-one/services')
      expect(directive(csp, 'script-src')).toEqual(expect.arrayContaining([expect.stringMatching(/^'nonce-.+'$/), "'strict-dynamic'"]))
      expect(runtime).toBe('keep')
      expect(directive(policy('/de/town-one').csp, 'script-src')).toEqual(["'self'"])
    } finally {
      delete process.env.MAP_TILE_URL
    }
  })
})
