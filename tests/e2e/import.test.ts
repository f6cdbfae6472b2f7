import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { adminLogIn } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/** An editor imports the town's spreadsheet in the admin: upload, columns, check, rows, import. */
let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
  page = await adminLogIn(browser, 'editor@eisenach.example.org')
})
afterAll(async () => browser?.close())

const SHEET = path.resolve('tests/fixtures/import/angebote-beispiel.csv')

test('an editor checks and imports a spreadsheet', async () => {
  await page.goto(`${BASE_URL}/admin/collections/imports/create`)
  await page.locator('input[type="file"]').setInputFiles(SHEET)
  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/imports\/[^/]+$/, { timeout: 30000 })

  // The columns, recognised from the German headers (the demo accounts use the admin in English).
  const title = page.getByLabel(/^Title \*$/)
  await title.waitFor({ timeout: 30000 })
  expect(await title.inputValue()).toBe('Angebot')
  expect(await page.getByLabel(/^E-mail$/).inputValue()).toBe('E-Mail')

  await page.getByRole('button', { name: 'Check (dry run)' }).click()
  await page.getByText('Dry run finished – nothing saved yet.').waitFor({ timeout: 60000 })
  const summary = await page.locator('.field-type').filter({ hasText: 'skipped' }).first().textContent()
  expect(summary).toMatch(/\d+ new, \d+ changed, \d+ unchanged, \d+ skipped/)
  // Skipped rows come first, each with its reason.
  const rows = page.locator('table tbody tr')
  await rows.first().waitFor()
  expect(await rows.first().textContent()).toMatch(/Skipped/)
  expect((await rows.allTextContents()).join('\n')).toMatch(/Invalid e-mail/)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Import now' }).click()
  await page.getByText('Import finished.').waitFor({ timeout: 120000 })
  expect(await page.getByRole('link', { name: 'Download the report (CSV)' }).getAttribute('href')).toMatch(/\/api\/imports\/[^/]+\/report$/)
})
