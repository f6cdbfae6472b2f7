import type { Browser, Page } from 'playwright-core'
import { adminDateTime, adminLogIn, api, apiToken, eventually } from '../helpers/admin'
import { BASE_URL, launch, portalText } from '../helpers/browser'

/**
 * An editor of Eisenach reviews a provider's pending change from the dashboard's work list
 * and publishes it; the portal shows it at once (portal pages render per request and the
 * directory index is updated by the saving process). Then news with a scheduled publish time:
 * invisible until the job runner (every minute) publishes it.
 */
const EDITOR = 'editor@eisenach.example.org'
const PROVIDER = 'provider@vhs-eisenach.example.org'
const STAMP = Date.now().toString(36)
const SERVICE = 'berufssprachkurs'

let browser: Browser
let page: Page
let changedSummary = ''

beforeAll(async () => {
  browser = await launch()
  // The provider's side of this is proven in provider.test.ts by clicking; here it only has
  // to exist, so the VHS provider saves its draft through the API (test files run in any order).
  const token = await apiToken(PROVIDER)
  const found = await api(token, 'GET', `services?where[slug][equals]=${SERVICE}&draft=true&locale=de&depth=0`)
  const service = (found.json.docs as { id: string; summary: string }[])[0] as { id: string; summary: string }
  changedSummary = `Neue Kurse ab Januar, auch abends (${STAMP}).`
  const saved = await api(token, 'PATCH', `services/${service.id}?draft=true&locale=de`, { summary: changedSummary, _status: 'draft' })
  expect(saved.status).toBe(200)
  page = await adminLogIn(browser, EDITOR)
})
afterAll(async () => browser?.close())

test('reviews the provider’s pending change and publishes it; the portal shows it within seconds', async () => {
  const portalPath = `/de/eisenach/services/${SERVICE}`
  expect(await portalText(portalPath)).not.toContain(changedSummary)

  // The dashboard's work list leads to the services awaiting review.
  const work = page.getByRole('region', { name: /^(Service directory work list|Arbeitsliste Angebotsverzeichnis)$/ })
  await work.getByRole('link', { name: /services awaiting review|Angebote warten auf Prüfung/i }).click()
  await page.waitForURL(/pendingReview/)
  await page.getByRole('link', { name: 'Berufssprachkurs', exact: false }).first().click()
  await page.waitForURL(/\/admin\/collections\/services\/[0-9a-f-]+$/)
  // The editor sees the provider's draft, not the published text.
  const summary = page.getByLabel(/^(Short description|Kurzbeschreibung)/)
  await summary.waitFor()
  expect(await summary.inputValue()).toBe(changedSummary)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.getByText(/Updated successfully|published successfully/i).first().waitFor({ timeout: 15000 })
  const published = Date.now()
  expect(await eventually(async () => (await portalText(portalPath)).includes(changedSummary), 10000)).toBe(true)
  console.log(`review → portal: ${Date.now() - published} ms`)
  // The directory's search finds the new words too, and the flag is gone.
  expect(await portalText(`/de/eisenach/services?q=${STAMP}`)).toContain(changedSummary)
  const id = page.url().split('/').pop() as string
  expect((await api(null, 'GET', `services/${id}?depth=0`)).json.pendingReview).toBe(false)
})

test('writes news with a scheduled publish time; it appears on the portal after that time', async () => {
  const title = `Neue Sprechzeiten im Bürgerbüro ${STAMP}`
  await page.goto(`${BASE_URL}/admin/collections/news/create`)
  await page.getByLabel(/^Title/).first().fill(title)
  await page.getByLabel(/^Lead/).first().fill('Ab Montag ist das Bürgerbüro auch donnerstags bis 18 Uhr geöffnet.')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  // Saved: the admin moves from /create to the new document's address.
  await page.waitForURL(/\/admin\/collections\/news\/[0-9a-f-]+$/)

  // Schedule the publish 1½ minutes ahead (the picker keeps whole minutes, so at least 30 s
  // ahead); the job runner looks every minute, on the minute.
  const at = new Date(Date.now() + 90_000)
  // The publish button's menu (its chevron has no accessible name in Payload 3.90: the button after it).
  await page.getByRole('button', { name: 'Publish changes' }).locator('xpath=following::button[1]').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.getByRole('dialog')
  // A person clicks the radio's label (Payload's styled radio covers the input itself).
  await drawer.getByText('Publish', { exact: true }).click()
  expect(await drawer.getByLabel('Publish', { exact: true }).isChecked()).toBe(true)
  const time = drawer.locator('.react-datepicker__input-container input')
  await time.fill(adminDateTime(at))
  await time.press('Enter')
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  // The drawer lists it under "Upcoming Events".
  await drawer.locator('table tbody tr', { hasText: 'Publish' }).first().waitFor({ timeout: 15000 })

  const list = '/de/eisenach/news'
  expect(await portalText(list)).not.toContain(title)
  const appeared = await eventually(async () => (await portalText(list)).includes(title), 180_000, 2000)
  expect(appeared).toBe(true)
  // Not before its time (the minute typed into the picker).
  const minute = new Date(at)
  minute.setSeconds(0, 0)
  expect(Date.now()).toBeGreaterThanOrEqual(minute.getTime())
  console.log(`news scheduled for ${minute.toISOString()}, on the portal at ${new Date().toISOString()}`)
}, 240000)
