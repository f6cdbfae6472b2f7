import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

test('read a guide page in Persian and follow it to a linked service', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/fa/eisenach/guide`)
  expect(await page.getAttribute('html', 'dir')).toBe('rtl')
  expect(await page.locator('.topic-tile').count()).toBeGreaterThanOrEqual(12)
  expect(await axeViolations(page)).toEqual([])
  // A page with linked services.
  const tiles = await page.locator('.topic-tile').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  let linked = false
  for (const href of tiles) {
    await page.goto(`${BASE_URL}${href}`)
    if ((await page.locator('#related ~ ul a').count()) > 0) {
      linked = true
      break
    }
  }
  expect(linked).toBe(true)
  expect(await page.locator('.breadcrumb a').count()).toBeGreaterThanOrEqual(2)
  expect(await page.locator('.prose-text h2').count()).toBeGreaterThan(0)
  expect(await page.locator('.prose-text').getAttribute('lang')).toBe('fa')
  expect(await axeViolations(page)).toEqual([])
  await page.locator('#related ~ ul a').first().click()
  await page.waitForURL(/\/fa\/eisenach\/services\/[a-z0-9-]+$/)
  expect(await page.locator('h1').count()).toBe(1)
  await context.close()
})

test('guide pages work without JavaScript: previous and next', async () => {
  const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
  await page.goto(`${BASE_URL}/de/eisenach/guide/erste-schritte`)
  expect(await page.locator('h1').textContent()).toBeTruthy()
  await page.locator('.prev-next a[rel="next"]').click()
  await page.waitForURL(/\/de\/eisenach\/guide\/erste-schritte\/[a-z0-9-]+$/)
  expect(await page.locator('.prev-next a[rel="prev"]').count()).toBe(1)
  const missing = await page.goto(`${BASE_URL}/de/eisenach/guide/erste-schritte/gibt-es-nicht`)
  expect(missing?.status()).toBe(404)
  await context.close()
})
