import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

test('the plan dashboard in German and Arabic: nine fields with status counts and progress', async () => {
  const { page, context, hosts } = await phonePage(browser)
  for (const locale of ['de', 'ar']) {
    await page.goto(`${BASE_URL}/${locale}/eisenach/plan`)
    expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
    expect(await page.locator('.field-card').count()).toBe(9)
    expect(await page.locator('.field-card .status-counts li').count()).toBeGreaterThan(9)
    expect(await page.locator('.field-card .progress').count()).toBe(9)
    expect(await page.locator('section[aria-labelledby="working-groups"] article').count()).toBe(3)
    expect(await axeViolations(page)).toEqual([])
  }
  await page.locator('.field-card a').first().click()
  await page.waitForURL(/\/ar\/eisenach\/plan\/[a-z0-9-]+$/)
  expect(await page.locator('.measure-card').count()).toBeGreaterThan(0)
  expect(await axeViolations(page)).toEqual([])
  await page.locator('.measure-card a').first().click()
  await page.waitForURL(/\/plan\/measures\//)
  expect(await page.locator('.timeline li').count()).toBeGreaterThan(0)
  expect(await axeViolations(page)).toEqual([])
  expect([...hosts].every((h) => h === new URL(BASE_URL).host)).toBe(true)
  await context.close()
})

test('an indicator chart is drawn on the server with a title, a description and its data table', async () => {
  const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
  await page.goto(`${BASE_URL}/de/eisenach/plan/indicators`)
  const href = await page.locator('a[href*="/plan/indicators/arbeitslosenquote"]').first().getAttribute('href')
  await page.goto(`${BASE_URL}${href}`)
  const svg = page.locator('figure.chart svg[role="img"]').first()
  expect(await svg.locator('title').textContent()).toContain('Arbeitslosenquote')
  expect(await svg.locator('desc').textContent()).toMatch(/2018.*2026/)
  const rows = await page.locator('figure.chart').first().locator('table tbody tr').count()
  expect(rows).toBe(await svg.locator('circle').count())
  // By legal group: two series, each a column of the table.
  expect(await page.locator('#by-group ~ figure table thead th').count()).toBe(3)
  await context.close()
  const js = await phonePage(browser)
  await js.page.goto(`${BASE_URL}${href}`)
  expect(await axeViolations(js.page)).toEqual([])
  await js.page.goto(`${BASE_URL}/ar${(href as string).replace(/^\/de/, '')}`)
  expect(await axeViolations(js.page)).toEqual([])
  await js.context.close()
})

test('editions can be compared, and the plan downloads as CSV', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/de/eisenach/plan/editions`)
  expect(await page.locator('.result-list > li').count()).toBeGreaterThanOrEqual(2)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL(/editions\/compare\?from=/)
  expect(await page.locator('#added, #status').count()).toBeGreaterThan(0)
  expect(await axeViolations(page)).toEqual([])
  const csv = await (await page.request.get(`${BASE_URL}/de/eisenach/plan/measures.csv`)).text()
  const lines = csv.trim().split(/\r\n/)
  expect(lines[0]).toMatch(/^\uFEFF?slug,title,action_field,status,progress_percent/)
  expect(lines.length).toBe(31)
  await page.goto(`${BASE_URL}/de/eisenach/plan/report`)
  expect(await page.locator('.report-field').count()).toBe(10)
  await context.close()
})
