import type { Browser, Page } from 'playwright-core'
import { demoPassword } from '@cms/seed/demoLogins'
import { BASE_URL, launch } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? []
const nonceOf = (csp: string) => directive(csp, 'script-src').find((s) => s.startsWith("'nonce-"))?.slice(7, -1)

/** A page that collects every Content-Security-Policy violation the browser reports. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage()
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  return { page, violations }
}

describe('security headers of the built app', () => {
  test('portal pages without the runtime: a policy that allows no inline script at all, the same for everyone, and the basic headers', async () => {
    const first = await fetch(`${BASE_URL}/de/eisenach`)
    const second = await fetch(`${BASE_URL}/de/eisenach`)
    expect(first.status).toBe(200)
    const csp = first.headers.get('content-security-policy') ?? ''
    // Only files of this site run: no nonce is needed where no inline script is left, so the
    // page is the same for every reader and can be served from the cache.
    expect(directive(csp, 'script-src')).toEqual(["'self'"])
    expect(csp).not.toMatch(/unsafe-eval/)
    expect(nonceOf(csp)).toBeUndefined()
    expect(second.headers.get('content-security-policy')).toBe(csp)
    expect(first.headers.get('x-content-type-options')).toBe('nosniff')
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(first.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(first.headers.get('x-powered-by')).toBeNull()
    // Every executable script is a file of this site (JSON-LD data blocks never run). The
    // directory has one ("Use my location").
    const directory = await fetch(`${BASE_URL}/de/eisenach/services`)
    expect(directive(directory.headers.get('content-security-policy') ?? '', 'script-src')).toEqual(["'self'"])
    const scripts = [...(await directory.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '').filter((attrs) => !/type="application\/ld\+json"/.test(attrs))
    expect(scripts.length).toBeGreaterThan(0)
    for (const attrs of scripts) expect(attrs).toMatch(/\bsrc="\/(?!\/)/)
  })

  test('the 404 page and the directory carry the policy too, and a browser reports no violation', async () => {
    const missing = await fetch(`${BASE_URL}/de/eisenach/no-such-page`)
    expect(missing.status).toBe(404)
    expect(directive(missing.headers.get('content-security-policy') ?? '', 'script-src')).toEqual(["'self'"])
    const { page, violations } = await watchedPage()
    for (const path of ['/de/eisenach', '/ar/eisenach/services', '/de/eisenach/events']) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' })
    }
    expect(violations).toEqual([])
    await page.close()
  })

  test('the admin keeps working: its own policy, the login works, no violation', async () => {
    const res = await fetch(`${BASE_URL}/admin/login`)
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(directive(csp, 'frame-ancestors')).toEqual(["'self'"])
    expect(directive(csp, 'object-src')).toEqual(["'none'"])
    const { page, violations } = await watchedPage()
    await page.goto(`${BASE_URL}/admin/login`)
    await page.locator('input[name="email"]').fill('editor@eisenach.example.org')
    await page.locator('input[name="password"]').fill(demoPassword())
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30000 })
    await page.waitForSelector('a[href="/admin/collections/organizations"]', { timeout: 30000 })
    expect(violations).toEqual([])
    await page.close()
  })

  test('the API answers with nosniff', async () => {
    const res = await fetch(`${BASE_URL}/api/municipalities?limit=1`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
