import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

test('news list, item and RSS feed in Ukrainian', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/uk/eisenach`)
  await page.locator('.town-nav a[href="/uk/eisenach/news"]').click()
  await page.waitForURL(`${BASE_URL}/uk/eisenach/news`)
  expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(3)
  expect(await axeViolations(page)).toEqual([])
  await page.locator('article.card h2 a').first().click()
  await page.waitForURL(/\/uk\/eisenach\/news\/[a-z0-9-]+$/)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd['@type']).toBe('NewsArticle')
  expect(await axeViolations(page)).toEqual([])
  const feed = await page.request.get(`${BASE_URL}/uk/eisenach/news/feed.xml`)
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  const xml = await feed.text()
  expect(xml).toContain('<language>uk</language>')
  expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(3)
  expect(xml).toMatch(/[\u0400-\u04FF]/)
  await context.close()
})
