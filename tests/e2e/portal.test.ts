import type { Browser } from 'playwright-core'
import { LOCALES } from '@shared/locales'
import { TOWN_ROUTES } from '@shared/routes'
import { axeViolations, BASE_URL, htmlAttribute, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const localHost = new URL(BASE_URL).host

describe('portal shell', () => {
  test('/ sends an Arabic reader to the Arabic town chooser', async () => {
    const { page, context } = await phonePage(browser, { locale: 'ar', extraHTTPHeaders: { 'Accept-Language': 'ar,en;q=0.5' } })
    await page.goto(`${BASE_URL}/`)
    expect(new URL(page.url()).pathname).toBe('/ar')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    const towns = await page.locator('.card-title').allTextContents()
    expect(towns).toEqual(['Eisenach', 'Landkreis Schmalkalden-Meiningen'])
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('the German town home: content, hreflang, skip link, no third-party request', async () => {
    const { page, context, hosts } = await phonePage(browser)
    const res = await page.goto(`${BASE_URL}/de/eisenach`)
    expect(res?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Willkommen in Eisenach')
    expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(2)
    expect(await page.locator('a[href^="tel:+49"]').count()).toBeGreaterThan(0)
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => l.getAttribute('hreflang')),
    )
    expect(alternates).toEqual(expect.arrayContaining(['de', 'ar', 'uk', 'x-default']))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
    await page.keyboard.press('Enter')
    expect(new URL(page.url()).hash).toBe('#main')
    expect([...hosts].every((h) => h === localHost)).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  describe('in every locale', () => {
    // One phone visits each locale's home in turn (a fresh context per locale cost more than the
    // check): nothing carries over from one visit to the next, as each test checks.
    let phone: Awaited<ReturnType<typeof phonePage>>
    beforeAll(async () => {
      phone = await phonePage(browser)
    })
    afterAll(async () => phone?.context.close())

    test.each(LOCALES.map((l) => [l.code, l.dir] as const))('town home in %s: lang, dir and no axe violation', async (code, dir) => {
      const { page, context } = phone
      const res = await page.goto(`${BASE_URL}/${code}/eisenach`)
      expect(res?.status()).toBe(200)
      expect(await htmlAttribute(page, 'lang')).toBe(code)
      expect(await htmlAttribute(page, 'dir')).toBe(dir)
      expect(await axeViolations(page)).toEqual([])
      // The portal sets no cookie and keeps nothing in the browser that the next visit could see.
      expect(await context.cookies()).toEqual([])
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    })
  })

  test('switching language keeps the page', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/de/eisenach/imprint`)
    await page.locator('.lang-switcher summary').click()
    await page.locator('.lang-switcher a[hreflang="uk"]').click()
    await page.waitForURL(`${BASE_URL}/uk/eisenach/imprint`)
    expect(await page.getAttribute('html', 'lang')).toBe('uk')
    expect(await page.locator('.lang-switcher a[aria-current="true"]').getAttribute('hreflang')).toBe('uk')
    await context.close()
  })

  test('works with JavaScript off, language switch included', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/fa/eisenach`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(2)
    await page.locator('.lang-switcher summary').click()
    await page.locator('.lang-switcher a[hreflang="de"]').click()
    await page.waitForURL(`${BASE_URL}/de/eisenach`)
    expect(await page.locator('h1').textContent()).toBe('Willkommen in Eisenach')
    await context.close()
  })

  test('a missing translation shows the fallback with its own lang and dir, and says so', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/ar/schmalkalden-meiningen/imprint`)
    const text = page.locator('main [lang="de"][dir="ltr"]').first()
    expect(await text.textContent()).toContain('Integrationsmanagement im Landratsamt')
    expect(await page.locator('.fallback-notice').count()).toBe(1)
    // The notice itself is in the reader's language: Arabic letters.
    expect(await page.locator('.fallback-notice').textContent()).toMatch(/[\u0600-\u06FF]/)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('a town offers only its languages; others lead to its default language', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/ti/schmalkalden-meiningen`)
    expect(new URL(page.url()).pathname).toBe('/de/schmalkalden-meiningen')
    const offered = await page.locator('.lang-switcher a').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
    expect(offered).not.toContain('ti')
    expect(offered).toEqual(expect.arrayContaining(['de', 'ar', 'uk']))
    await context.close()
  })

  test('a page whose document does not exist answers 404 in place: in the town’s frame, without a redirect', async () => {
    const missing = ['/de/eisenach/services/gibt-es-nicht', '/ar/eisenach/news/gibt-es-nicht', '/de/eisenach/guide/erste-schritte/gibt-es-nicht', '/uk/eisenach/events/gibt-es-nicht', '/de/eisenach/plan/measures/gibt-es-nicht', '/de/eisenach/plan/gibt-es-nicht', '/de/eisenach/plan/editions/gibt-es-nicht', '/de/eisenach/organizations/gibt-es-nicht', '/de/eisenach/plan/indicators/gibt-es-nicht']
    for (const path of missing) {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      const html = await res.text()
      expect([path, res.status]).toEqual([path, 404])
      // The town's menu and the reader's language; the language switcher offers this address.
      expect(html).toContain('class="town-nav"')
      expect(html).toMatch(new RegExp(`<html lang="${path.split('/')[1]}"`))
      expect(html).toContain(`href="/de${path.slice(path.indexOf('/', 1))}"`)
    }
  })

  test('every page of an unknown town answers 404 in place, without a redirect', async () => {
    for (const [name, spec] of Object.entries(TOWN_ROUTES)) {
      const path = `/ar/atlantis/${spec.pattern.replace(/[:*]\w+/g, 'x')}`.replace(/\/$/, '')
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      const body = await res.text()
      expect([name, res.status]).toEqual([name, 404])
      // Pages show the list of towns' frame in the reader's language; files answer a plain 404.
      if (!('file' in spec)) expect([name, /<html lang="ar" dir="rtl"/.test(body) && body.includes('</footer>')]).toEqual([name, true])
    }
  })

  test('unknown pages get a 404 in the reader’s language, without JavaScript too', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    const res = await page.goto(`${BASE_URL}/uk/eisenach/does-not-exist`)
    expect(res?.status()).toBe(404)
    expect(await page.getAttribute('html', 'lang')).toBe('uk')
    expect(await page.locator('h1').textContent()).toMatch(/[\u0400-\u04FF]/)
    const unknownTown = await page.goto(`${BASE_URL}/de/atlantis`)
    expect(unknownTown?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden')
    await context.close()
    // Axe runs in the page, so it needs JavaScript.
    const withJs = await phonePage(browser)
    await withJs.page.goto(`${BASE_URL}/ar/eisenach/does-not-exist`)
    expect(await axeViolations(withJs.page)).toEqual([])
    await withJs.context.close()
  })
})
