import type { Browser, BrowserContext, Page } from 'playwright-core'
import { BASE_URL, launch, phonePage, portalText } from './helpers/browser'
import { messages } from './helpers/messages'

/**
 * "Fits every screen" (issue #16), beyond the sideways-scrolling sweep of the a11y matrix: the
 * menu on a phone, long words in tiles, the directory after a search, the web app manifests and
 * the 404 page below a town. Sideways scrolling itself is measured on every page type × locale
 * × width in a11y-matrix.test.ts.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const TOWN = 'eisenach'
/** The sections of the town menu (PortalShell's MENU). */
const SECTIONS = 6

/** The boxes (left, right) of the elements matching `selector`, in CSS pixels. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right })))

/**
 * One phone (JavaScript off) for a describe's tests that each read a page, instead of a fresh
 * context per test (which cost more than the check): `leavesNothing` after each visit proves that
 * nothing carries over to the next one.
 */
function sharedPhone(options: Parameters<typeof phonePage>[1]) {
  let phone: Awaited<ReturnType<typeof phonePage>> | undefined
  beforeAll(async () => {
    phone = await phonePage(browser, { javaScriptEnabled: false, ...options })
  })
  afterAll(async () => phone?.context.close())
  return () => {
    if (!phone) throw new Error('the shared phone did not open')
    return phone
  }
}

/** The portal sets no cookie and keeps nothing in the browser that the next visit could see. */
async function leavesNothing({ page, context }: { page: Page; context: BrowserContext }) {
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
}

describe('the town menu on a phone', () => {
  const phone = sharedPhone({ viewport: { width: 320, height: 640 } })

  test.each(['de', 'ar', 'ti'])('shows every section inside a 320 px screen (%s)', async (locale) => {
    const { page } = phone()
    await page.goto(`${BASE_URL}/${locale}/${TOWN}`)
    const links = await boxes(page, '.town-nav a')
    expect(links).toHaveLength(SECTIONS)
    for (const box of links) {
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(320)
    }
    // No strip to scroll sideways: the links wrap.
    expect(await page.locator('.town-nav ul').evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true)
    await leavesNothing(phone())
  })
})

describe('long words', () => {
  test.each([1280, 320])('stay inside their tiles at %i px, hyphenated in the page language', async (width) => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 } })
    for (const path of [`/de/${TOWN}`, `/de/${TOWN}/guide`]) {
      await page.goto(`${BASE_URL}${path}`)
      const tiles = await page.locator('.topic-tile').evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent?.trim(),
          spills: [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0),
          hyphens: getComputedStyle(el).hyphens,
          lang: el.closest('[lang]')?.getAttribute('lang'),
        })),
      )
      expect(tiles.length).toBeGreaterThan(0)
      expect(tiles.filter((t) => t.spills).map((t) => t.text)).toEqual([])
      expect(new Set(tiles.map((t) => `${t.hyphens} ${t.lang}`))).toEqual(new Set(['auto de']))
    }
    await context.close()
  })
})

describe('the directory after a search', () => {
  const de = messages('de').Directory

  /** Searches for Arabic-speaking counselling with the form, as a reader does. */
  async function search(page: Page) {
    await page.goto(`${BASE_URL}/de/${TOWN}/services`)
    await page.getByText(de.activeFilters).click()
    await page.getByLabel(de.language).selectOption('ar')
    await page.getByLabel(de.topic).selectOption('counselling')
    await page.locator('.filters button[type="submit"]').click()
    await page.waitForURL(/language=ar/)
  }

  test.each([false, true])('shows the count and the results first, the filters folded as chips, focus on the count (JavaScript %s)', async (javaScriptEnabled) => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled })
    await search(page)
    expect(new URL(page.url()).hash).toBe('#results')
    // The browser moved focus to the count (the form's #results, the count's tabindex=-1): a
    // screen reader starts there, and a keyboard's next Tab goes on from it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results')
    expect(await page.locator('#results').textContent()).toMatch(/\d+ Angebote? gefunden/)
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    // As rendered: the folded panel names its filters and their count with the space between them.
    expect(await page.locator('details.filters summary').innerText()).toMatch(new RegExp(`^${de.activeFilters} \\(\\d+\\)$`))
    const chips = await page.locator('.chips a').allTextContents()
    expect(chips).toEqual(expect.arrayContaining([expect.stringContaining('Arabisch'), de.resetAll]))
    // The count is at the top of the screen and the first result right below it.
    const count = await page.locator('#results').boundingBox()
    const first = await page.locator('.service-card').first().boundingBox()
    expect(count?.y).toBeLessThan(60)
    expect(first?.y).toBeLessThan(844 / 2)
    await context.close()
  })

  test('a shared search address starts with the results too, on the first screen of a phone', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/de/${TOWN}/services?language=ar&topic=counselling&cost=free`)
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await page.locator('.chips a').count()).toBe(4) // three filters and "remove all"
    const first = await page.locator('.service-card').first().boundingBox()
    expect(first?.y).toBeLessThan(844)
    // Removing a chip lands on the count again.
    expect(await page.locator('.chips a').first().getAttribute('href')).toMatch(/#results$/)
    await context.close()
  })
})

describe('web app manifests', () => {
  /** Fetches a manifest, checks its type and icons, and returns it. */
  async function manifest(path: string): Promise<Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] }> {
    const res = await fetch(`${BASE_URL}${path}`)
    expect([path, res.status]).toEqual([path, 200])
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/)
    const json = await res.json()
    expect(json).toMatchObject({ name: expect.any(String), short_name: expect.any(String), start_url: expect.any(String), display: 'standalone' })
    expect(json.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of json.icons) {
      const file = await fetch(`${BASE_URL}${icon.src}`)
      expect([icon.src, file.status, file.headers.get('content-type')]).toEqual([icon.src, 200, icon.type])
    }
    return json
  }

  /** The `<link rel="manifest">` in the `<head>` of a page. */
  const manifestLink = async (path: string) => (await portalText(path)).split('</head>')[0]?.match(/<link rel="manifest" href="([^"]+)"/)?.[1]

  test('the installation has one, linked from the locale root', async () => {
    const json = await manifest('/manifest.webmanifest')
    expect(json.name).toBe(messages('de').Meta.portalName)
    expect(await manifestLink('/de')).toBe('/manifest.webmanifest')
    expect(await manifestLink('/ar')).toBe('/manifest.webmanifest')
  })

  test.each(['de', 'ar'])('each town has one per language with its name and colour, linked from its pages (%s)', async (locale) => {
    const path = `/${locale}/${TOWN}/manifest.webmanifest`
    const json = await manifest(path)
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/${locale}/${TOWN}`)
    const townName = await page.locator('.brand-name').textContent()
    const colour = (await page.locator('.shell').getAttribute('style'))?.match(/--brand:\s*(#[0-9a-f]{6})/i)?.[1]
    await context.close()
    expect(json).toMatchObject({ short_name: townName, theme_color: colour, lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', start_url: `/${locale}/${TOWN}` })
    expect(String(json.name)).toContain(String(townName))
    for (const page of ['', '/services', '/plan', '/does-not-exist']) expect([page, await manifestLink(`/${locale}/${TOWN}${page}`)]).toEqual([page, path])
  })

  test('an unknown town has none; the favicon exists', async () => {
    expect((await fetch(`${BASE_URL}/de/atlantis/manifest.webmanifest`)).status).toBe(404)
    const icon = await fetch(`${BASE_URL}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect((await portalText(`/de/${TOWN}`)).split('</head>')[0]).toContain('href="/favicon.ico"')
  })
})

describe('an unknown address below a town', () => {
  const phone = sharedPhone({})

  test.each([
    ['de', `/de/${TOWN}/does-not-exist`],
    ['ar', `/ar/${TOWN}/services/no/such/page`],
    ['uk', `/uk/${TOWN}/Plan`],
    // An address with a dot passes the proxy by and ends in the [...rest] catch-all.
    ['en', `/en/${TOWN}/no-such-page.html`],
  ])('answers 404 inside the town’s frame: its menu and languages (%s)', async (locale, path) => {
    const { page } = phone()
    const res = await page.goto(`${BASE_URL}${path}`)
    expect(res?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe(messages(locale).NotFound.title)
    expect(await page.locator('.brand-name').textContent()).toBe('Eisenach')
    const menu = await page.locator('.town-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(menu).toHaveLength(SECTIONS)
    expect(menu.every((href) => href?.startsWith(`/${locale}/${TOWN}/`))).toBe(true)
    // The language switcher offers the town in its languages.
    expect(await page.locator('.lang-switcher a[hreflang="en"]').getAttribute('href')).toBe(`/en/${TOWN}`)
    await leavesNothing(phone())
  })

  test('below an unknown town it is the plain 404 page, with the list of towns', async () => {
    const res = await fetch(`${BASE_URL}/de/atlantis/does-not-exist`)
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).toContain(messages('de').NotFound.title)
    expect(html).not.toContain('class="town-nav"')
  })
})
