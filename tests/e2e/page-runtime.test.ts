/**
 * Portal pages come without Next.js's client runtime (web/server.mjs): no framework bundles, no
 * hydration payload, still compressed, still working. The admin keeps all of it.
 */
import { gunzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const frameworkScripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/[^"]+)"/g)].map((m) => m[1])

test.each(['/de/eisenach', '/ar/eisenach/services', '/uk/eisenach/guide/erste-schritte', '/de/eisenach/no-such-page'])('%s: no framework JavaScript, no hydration payload', async (path) => {
  const res = await fetch(`${BASE_URL}${path}`, { headers: { 'Accept-Encoding': 'identity' } })
  const html = await res.text()
  expect([200, 404]).toContain(res.status)
  expect(frameworkScripts(html)).toEqual([])
  expect(html).not.toContain('__next_f')
  expect(html).not.toMatch(/<link[^>]+as="script"/)
  // The page itself is all there: styles, main content, footer.
  expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/)
  expect(html).toContain('<main')
  expect(html).toMatch(/<\/footer>[\s\S]*<\/html>$/)
  // The length is the shortened page's.
  expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(html))
})

test('pages are still compressed, and the compressed page is the same page', async () => {
  const plain = await fetch(`${BASE_URL}/de/eisenach/services`, { headers: { 'Accept-Encoding': 'identity' } })
  const { request } = await import('node:http')
  const gz = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    request(`${BASE_URL}/de/eisenach/services`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
  expect(gz.encoding).toBe('gzip')
  const html = gunzipSync(gz.body).toString('utf8')
  expect(frameworkScripts(html)).toEqual([])
  // Same page apart from the per-response nonce.
  const withoutNonce = (s: string) => s.replace(/nonce="[^"]+"/g, '')
  expect(withoutNonce(html)).toBe(withoutNonce(await plain.text()))
})

test('the admin keeps its runtime', async () => {
  const html = await (await fetch(`${BASE_URL}/admin/login`)).text()
  expect(frameworkScripts(html).length).toBeGreaterThan(0)
  expect(html).toContain('__next_f')
})

test('a page without the runtime still navigates, submits forms and runs its own script', async () => {
  const { page, context } = await phonePage(browser, { permissions: ['geolocation'], geolocation: { latitude: 50.9747, longitude: 10.3205 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${BASE_URL}/de/eisenach`)
  await page.getByRole('link', { name: /Hilfe finden/ }).first().click()
  await page.waitForURL(/\/de\/eisenach\/services/)
  // near-me.js shows its button only where the browser can locate.
  await page.locator('.filters summary').click()
  expect(await page.getByRole('button', { name: 'Meinen Standort verwenden' }).isVisible()).toBe(true)
  await page.locator('#f-q').fill('Deutsch')
  await page.locator('#f-q').press('Enter')
  await page.waitForURL(/q=Deutsch/)
  expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false)
  expect(errors).toEqual([])
  await context.close()
})

describe('a page that keeps the runtime (route table: the barrier-report form)', () => {
  const PATH = '/de/eisenach/accessibility/feedback'

  test('is sent whole, with a fresh nonce on every script, and never from the cache', async () => {
    const first = await fetch(`${BASE_URL}${PATH}`)
    const second = await fetch(`${BASE_URL}${PATH}`)
    const nonces = []
    for (const res of [first, second]) {
      const html = await res.text()
      expect(res.status).toBe(200)
      expect(frameworkScripts(html).length).toBeGreaterThan(0)
      expect(html).toContain('__next_f')
      const nonce = res.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1]
      expect(nonce).toBeTruthy()
      // Every script the page carries, inline or not, is allowed by this answer's nonce.
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
      expect(res.headers.get('x-portal-cache')).toBe('BYPASS')
      nonces.push(nonce)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })

  test('runs in the browser: the form is answered without a reload and focus moves to the summary', async () => {
    const { page, context } = await phonePage(browser)
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
    await page.goto(`${BASE_URL}${PATH}`)
    // Hydrated: React has taken over the submit button.
    await page.waitForFunction(() => {
      const button = document.querySelector('form.feedback-form button[type="submit"]')
      return button !== null && Object.keys(button).some((k) => k.startsWith('__reactFiber'))
    })
    await page.evaluate(() => Object.assign(window, { stillThisDocument: true }))
    await page.locator('form.feedback-form button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    expect(await page.evaluate(() => 'stillThisDocument' in window)).toBe(true)
    expect(page.url()).toBe(`${BASE_URL}${PATH}`)
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    // No script refused by the policy, no error thrown.
    expect(problems).toEqual([])
    await context.close()
  })
})
