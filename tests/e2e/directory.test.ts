import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage, resultCount } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const localHost = new URL(BASE_URL).host

describe('service directory', () => {
  test('find a service by spoken language and topic with JavaScript off', async () => {
    const { page, context, hosts } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/de/eisenach`)
    // From the home page's search to the directory.
    await page.locator('.hero-search button[type="submit"]').click()
    await page.waitForURL(/\/de\/eisenach\/services/)
    const all = await resultCount(page)
    expect(all).toBeGreaterThan(20)
    await page.locator('.filters summary').click()
    await page.selectOption('#f-language', 'ti')
    await page.selectOption('#f-topic', 'counselling')
    await page.locator('.filters button[type="submit"]').click()
    await page.waitForURL(/language=ti/)
    expect(page.url()).toContain('topic=counselling')
    const count = await resultCount(page)
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(all)
    // Every result says it is delivered in Tigrinya.
    const languages = await page.locator('.service-card .meta dd').first().textContent()
    expect(languages).toContain('Tigrinya')
    // The filters can be removed one by one.
    await page.locator('.chips a', { hasText: 'Tigrinya' }).click()
    await page.waitForURL((url) => !url.search.includes('language='))
    expect(await resultCount(page)).toBeGreaterThanOrEqual(count)
    // Open the first result.
    await page.locator('.service-card h3 a').first().click()
    await page.waitForURL(/\/services\/[a-z0-9-]+$/)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('.last-checked').textContent()).toMatch(/Zuletzt geprüft am|Länger nicht geprüft/)
    expect([...hosts].every((h) => h === localHost)).toBe(true)
    await context.close()
  })

  test('an empty result suggests removing a filter', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/en/eisenach/services?q=zzzzzz&language=ti`)
    expect(await page.locator('.result-count').textContent()).toBe('No services found')
    expect(await page.locator('.chips a').count()).toBe(3) // two filters and "remove all"
    await context.close()
  })

  test('pagination and sharing: the page number lives in the URL', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/de/eisenach/services`)
    const first = await page.locator('.service-card h3').allTextContents()
    await page.locator('.pagination a[rel="next"]').click()
    await page.waitForURL(/page=2/)
    const second = await page.locator('.service-card h3').allTextContents()
    expect(second.length).toBeGreaterThan(0)
    expect(second.some((t) => first.includes(t))).toBe(false)
    await context.close()
  })

  test('the directory and a service page in Arabic: RTL, call and map links, JSON-LD, no axe violation', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/ar/eisenach/services`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await axeViolations(page)).toEqual([])
    const href = await page.locator('.service-card h3 a').first().getAttribute('href')
    await page.goto(`${BASE_URL}${href}`)
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.locator('a[href^="geo:"]').count()).toBeGreaterThan(0)
    expect(await page.locator('.hours table').count()).toBeGreaterThan(0)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(['Service', 'GovernmentService']).toContain(jsonLd['@type'])
    expect(jsonLd.availableChannel[0].serviceLocation.geo.latitude).toEqual(expect.any(Number))
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('an organisation page lists its services', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/uk/eisenach/organizations/vhs-eisenach`)
    expect(await page.locator('h1').textContent()).toBe('Volkshochschule Eisenach')
    expect(await page.locator('.service-card').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('“use my location” sorts by distance; the position only travels in the URL', async () => {
    const { page, context } = await phonePage(browser, {
      permissions: ['geolocation'],
      geolocation: { latitude: 50.9747, longitude: 10.3205 },
    })
    await page.goto(`${BASE_URL}/de/eisenach/services`)
    await page.locator('.filters summary').click()
    await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click()
    await page.waitForURL(/near=50\.97470%2C10\.32050|near=50.97470,10.32050/)
    const distances = (await page.locator('.distance').allTextContents()).map((d) => Number(d.replace(',', '.').match(/[\d.]+/)?.[0]))
    expect(distances.length).toBeGreaterThan(1)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
})
