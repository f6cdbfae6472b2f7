import type { Browser } from 'playwright-core'
import { adminLogIn, adminSession } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

test('an editor logs in and sees the collections of the foundation', async () => {
  const page = await adminLogIn(browser, 'editor@eisenach.example.org')
  await page.waitForSelector('a[href="/admin/collections/organizations"]', { timeout: 30000 })
  // The dashboard's work list: pending reviews and entries nobody confirmed for six months.
  const work = page.getByRole('region', { name: /^(Service directory work list|Arbeitsliste Angebotsverzeichnis)$/ })
  await work.waitFor({ timeout: 30000 })
  expect(await work.textContent()).toMatch(/\d+ – (Services not confirmed for 6 months|Angebote seit 6 Monaten nicht bestätigt)/)
  for (const slug of ['organizations', 'media', 'users']) {
    expect(await page.locator(`a[href="/admin/collections/${slug}"]`).count()).toBeGreaterThan(0)
  }
  await page.goto(`${BASE_URL}/admin/collections/organizations?limit=100`)
  await page.waitForSelector('table tbody tr', { timeout: 30000 })
  const rows = (await page.locator('table tbody tr').allTextContents()).join('\n')
  expect(rows).toContain('Volkshochschule Eisenach')
  expect(rows).toContain('Caritas – Migrationsberatung für Erwachsene')
  // Town isolation in the admin: the district's organisations are not listed.
  expect(rows).not.toContain('Diakonie – Migrationsberatung Meiningen')
  await page.close()
})

test('a provider sees only its own organisation in the admin', async () => {
  const page = await adminSession(browser, 'provider@vhs-eisenach.example.org')
  await page.goto(`${BASE_URL}/admin/collections/organizations`)
  await page.waitForSelector('table tbody tr', { timeout: 30000 })
  const rows = await page.locator('table tbody tr').allTextContents()
  expect(rows).toHaveLength(1)
  expect(rows[0]).toContain('Volkshochschule Eisenach')
  await page.close()
})

test('wrong passwords are refused with a message', async () => {
  const page = await browser.newPage()
  await page.goto(`${BASE_URL}/admin/login`)
  await page.locator('input[name="email"]').fill('admin@example.org')
  await page.locator('input[name="password"]').fill('wrong-password')
  await page.locator('button[type="submit"]').click()
  // Payload answers in the admin's fallback language (German) until the user picks one.
  await page.getByText(/nicht korrekt|incorrect/i).first().waitFor({ timeout: 15000 })
  expect(new URL(page.url()).pathname).toBe('/admin/login')
  await page.close()
})

test('a provider confirms “still correct” in one click, without publishing anything', async () => {
  const page = await adminSession(browser, 'provider@vhs-eisenach.example.org')
  await page.goto(`${BASE_URL}/admin/collections/services?limit=100`)
  await page.waitForSelector('table tbody tr a', { timeout: 30000 })
  await page.locator('table tbody tr a').first().click()
  await page.waitForURL(/\/admin\/collections\/services\/[0-9a-f-]+/, { timeout: 30000 })
  const button = page.getByRole('button', { name: /Noch aktuell|Still correct/ })
  await button.waitFor({ timeout: 30000 })
  await button.click()
  await page.getByText(/Als aktuell bestätigt|Confirmed as still correct/).first().waitFor({ timeout: 15000 })
  await page.close()
})
