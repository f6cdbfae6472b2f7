import type { Browser, Page } from 'playwright-core'
import { adminDateTime, adminLogIn, api, apiToken, eventually } from '../helpers/admin'
import { BASE_URL, launch, portalText } from '../helpers/browser'

/**
 * An editor of Eisenach reviews a provider's pending change from the dashboard's work list
 * and publishes it; the portal shows it at once (portal pages render per request and the
 * directory index is updated by the saving process). And news with a scheduled publish time:
 * invisible until the job runner (every minute) publishes it. The news is scheduled first and
 * looked for last, so that the review runs while the publish time comes closer (the wait for it
 * was most of this file's time).
 */
const EDITOR = 'editor@eisenach.example.org'
const PROVIDER = 'provider@vhs-eisenach.example.org'
const STAMP = Date.now().toString(36)
const SERVICE = 'berufssprachkurs'

let browser: Browser
let page: Page
let changedSummary = ''
const NEWS_LIST = '/de/eisenach/news'
/** The news scheduled by the second test, looked for by the last one. */
const scheduled = { title: '', minute: 0 }

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

test('writes news with a scheduled publish time; it is not on the portal yet', async () => {
  const title = (scheduled.title = `Neue Sprechzeiten im Bürgerbüro ${STAMP}`)
  await page.goto(`${BASE_URL}/admin/collections/news/create`)
  await page.getByLabel(/^Title/).first().fill(title)
  await page.getByLabel(/^Lead/).first().fill('Ab Montag ist das Bürgerbüro auch donnerstags bis 18 Uhr geöffnet.')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  // Saved: the admin moves from /create to the new document's address.
  await page.waitForURL(/\/admin\/collections\/news\/[0-9a-f-]+$/)

  // The publish button's menu (its chevron has no accessible name in Payload 3.90: the button after it).
  await page.getByRole('button', { name: 'Publish changes' }).locator('xpath=following::button[1]').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.getByRole('dialog')
  // A person clicks the radio's label (Payload's styled radio covers the input itself).
  await drawer.getByText('Publish', { exact: true }).click()
  expect(await drawer.getByLabel('Publish', { exact: true }).isChecked()).toBe(true)
  const time = drawer.locator('.react-datepicker__input-container input')
  // The picker keeps whole minutes: the first one at least 20 s ahead, time enough to save it on
  // a loaded machine. The job runner looks every minute, on the minute.
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
  await time.fill(adminDateTime(at))
  await time.press('Enter')
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  // The drawer lists it under "Upcoming Events".
  await drawer.locator('table tbody tr', { hasText: 'Publish' }).first().waitFor({ timeout: 15000 })

  expect(await portalText(NEWS_LIST)).not.toContain(scheduled.title)
  // Not before its time (the minute typed into the picker), checked by the last test.
  scheduled.minute = at.getTime()
})

test('reviews the provider’s pending change and publishes it; the portal shows it within seconds', async () => {
  const portalPath = `/de/eisenach/services/${SERVICE}`
  expect(await portalText(portalPath)).not.toContain(changedSummary)

  // The dashboard's work list leads to the services awaiting review.
  await page.goto(`${BASE_URL}/admin`)
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

test('the scheduled news appears on the portal after its time', async () => {
  if (!scheduled.minute) throw new Error('scheduling the news did not finish')
  const appeared = await eventually(async () => (await portalText(NEWS_LIST)).includes(scheduled.title), 180_000, 500)
  expect(appeared).toBe(true)
  expect(Date.now()).toBeGreaterThanOrEqual(scheduled.minute)
  console.log(`news scheduled for ${new Date(scheduled.minute).toISOString()}, on the portal at ${new Date().toISOString()}`)
}, 240000)
