import type { Browser, Page } from 'playwright-core'
import { adminLogIn, eventually } from '../helpers/admin'
import { BASE_URL, launch, portalText } from '../helpers/browser'

/**
 * The town's integration manager (an editor of Eisenach) keeps the plan: adds a progress
 * report to a measure and this year's value to an indicator in the admin; the portal's plan
 * pages (the public dashboard) show both.
 */
const MANAGER = 'editor@eisenach.example.org'
const STAMP = Date.now().toString(36)
const REPORT = `Das Sprachcafé hat jetzt zwei Termine pro Woche (${STAMP}).`
// A year after the demo's last one, with a value no other row has.
const YEAR = '2027'
const VALUE = '63.7'

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
  page = await adminLogIn(browser, MANAGER)
})
afterAll(async () => browser?.close())

/** Opens the admin list of `collection` and the document titled `title`. */
async function openInAdmin(collection: string, title: string) {
  await page.goto(`${BASE_URL}/admin/collections/${collection}?limit=100`)
  await page.getByRole('link', { name: title, exact: true }).click()
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/[0-9a-f-]+$`))
}

async function save() {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByText(/Updated successfully/i).first().waitFor({ timeout: 15000 })
}

test('adds a progress report to a measure; the measure page shows it', async () => {
  await openInAdmin('measures', 'Sprachcafé zum Deutschüben')
  await page.getByRole('button', { name: 'Add Progress report' }).click()
  const row = page.locator('[id^="reports-row-"]').last()
  const date = row.locator('.react-datepicker__input-container input')
  await date.fill(new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }))
  await date.press('Enter')
  const editor = row.locator('[contenteditable="true"]')
  await editor.click()
  await page.keyboard.type(REPORT)
  await save()
  const path = '/de/eisenach/plan/measures/sprachcafe-zum-deutschueben'
  expect(await eventually(async () => (await portalText(path)).includes(REPORT), 10000)).toBe(true)
})

test('adds an indicator value; the indicator page and the indicators overview show it', async () => {
  await openInAdmin('indicators', 'Anteil B1 im Deutsch-Test für Zuwanderer')
  await page.getByRole('button', { name: 'Add Value' }).click()
  const row = page.locator('[id^="values-row-"]').last()
  await row.getByLabel(/^Year/).fill(YEAR)
  await row.getByLabel(/^Value/).fill(VALUE)
  await save()
  const shown = '63,7'
  const path = '/de/eisenach/plan/indicators/anteil-b1-integrationskurs'
  expect(await eventually(async () => (await portalText(path)).includes(YEAR), 10000)).toBe(true)
  const context = await browser.newContext()
  const portal = await context.newPage()
  await portal.goto(`${BASE_URL}${path}`)
  // The chart's data table has the new year with its value.
  const row2027 = portal.locator('figure.chart').first().locator('table tbody tr', { hasText: YEAR })
  expect(await row2027.textContent()).toContain(shown)
  await portal.goto(`${BASE_URL}/de/eisenach/plan/indicators`)
  expect(await portal.locator('main').textContent()).toContain(shown)
  await context.close()
})
