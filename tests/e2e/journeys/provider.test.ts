import type { Browser, Page } from 'playwright-core'
import { adminFieldDateTime, adminLogIn, api, apiToken } from '../helpers/admin'
import { BASE_URL, launch } from '../helpers/browser'

/**
 * A provider (Caritas Eisenach) keeps its listing in the admin: edits its own service (a
 * draft that waits for review in Eisenach), confirms it as still correct, cannot open another
 * organisation's or town's service for editing (in the admin and through the API), and adds
 * an event.
 */
const PROVIDER = 'provider@caritas-eisenach.example.org'
const STAMP = Date.now().toString(36)
const OWN_TITLE = 'Beratung zur Anerkennung ausländischer Abschlüsse'

let browser: Browser
let page: Page
let token: string

/** The id of the service `slug` of `town`, read as the admin would (no access filter needed for published ones). */
async function serviceId(town: string, slug: string): Promise<string> {
  const res = await api(null, 'GET', `services?where[slug][equals]=${slug}&where[municipality.slug][equals]=${town}&depth=0&limit=1`)
  const id = (res.json.docs as { id: string }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`no service ${town}/${slug}`)
  return id
}

beforeAll(async () => {
  browser = await launch()
  page = await adminLogIn(browser, PROVIDER)
  token = await apiToken(PROVIDER)
})
afterAll(async () => browser?.close())

test('edits its own service: saved as a draft waiting for review, the public still sees the old text', async () => {
  await page.goto(`${BASE_URL}/admin/collections/services`)
  // The list holds only the provider's own organisation's services.
  await page.getByRole('link', { name: OWN_TITLE }).click()
  await page.waitForURL(/\/admin\/collections\/services\/[0-9a-f-]+$/)
  const id = page.url().split('/').pop() as string
  // Localized fields carry the content language in their label ("Short description — Deutsch (German)").
  const summary = page.getByLabel(/^(Short description|Kurzbeschreibung)/)
  const before = await summary.inputValue()
  const changed = `${before} Neu: auch samstags (${STAMP}).`
  await summary.fill(changed)
  // Eisenach reviews changes: the provider's one button submits the change for review.
  await page.locator('#action-submit-for-review').click()
  await page.getByText(/Submitted for review|Zur Prüfung eingereicht/i).first().waitFor({ timeout: 15000 })

  const draft = await api(token, 'GET', `services/${id}?draft=true&locale=de&depth=0`)
  expect(draft.json).toMatchObject({ summary: changed, pendingReview: true, _status: 'draft' })
  const published = await api(null, 'GET', `services/${id}?locale=de&depth=0`)
  expect(published.json.summary).toBe(before)
})

test('confirms the service as still correct without publishing the draft', async () => {
  const id = await serviceId('eisenach', 'anerkennungsberatung')
  const before = (await api(null, 'GET', `services/${id}?locale=de&depth=0`)).json
  await page.goto(`${BASE_URL}/admin/collections/services/${id}`)
  await page.getByRole('button', { name: 'Still correct' }).click()
  await page.getByText('Confirmed as still correct').first().waitFor({ timeout: 15000 })
  const after = (await api(null, 'GET', `services/${id}?locale=de&depth=0`)).json
  expect(new Date(String(after.lastVerifiedAt)).getTime()).toBeGreaterThan(Date.now() - 60000)
  // The pending draft stays a draft: the public text did not change.
  expect(after.summary).toBe(before.summary)
})

test('cannot open another organisation’s or another town’s service, in the admin or the API', async () => {
  // Same town, other organisation (VHS): not in the list, read-only when opened by address, refused by the API.
  const otherOrg = await serviceId('eisenach', 'integrationskurs')
  await page.goto(`${BASE_URL}/admin/collections/services?search=Integrationskurs`)
  await page.getByText(/No Services found|No results/i).first().waitFor({ timeout: 15000 })
  await page.goto(`${BASE_URL}/admin/collections/services/${otherOrg}`)
  await page.getByLabel(/^Title/).first().waitFor({ timeout: 30000 })
  expect(await page.getByLabel(/^Title/).first().isEditable()).toBe(false)
  expect(await page.getByRole('button', { name: 'Save Draft' }).count()).toBe(0)
  const patch = await api(token, 'PATCH', `services/${otherOrg}?draft=true`, { summary: `hijacked ${STAMP}` })
  expect(patch.status).toBe(403)
  const del = await api(token, 'DELETE', `services/${otherOrg}`)
  expect(del.status).toBe(403)

  // Another town (Diakonie Meiningen): not even readable for an Eisenach provider.
  const otherTown = await serviceId('schmalkalden-meiningen', 'migrationsberatung-erwachsene')
  await page.goto(`${BASE_URL}/admin/collections/services/${otherTown}`)
  // Payload sends the reader back to the list, saying the document was not found.
  await page.waitForURL((url) => url.pathname === '/admin/collections/services' && url.searchParams.get('notFound') === otherTown)
  expect([403, 404]).toContain((await api(token, 'GET', `services/${otherTown}`)).status)
  expect([403, 404]).toContain((await api(token, 'PATCH', `services/${otherTown}?draft=true`, { summary: 'x' })).status)
})

test('creates an event for its organisation', async () => {
  const title = `Sprechstunde Anerkennung ${STAMP}`
  await page.goto(`${BASE_URL}/admin/collections/events/create`)
  await page.getByLabel(/^Title/).first().fill(title)
  // A provider's events must name its organisation (the town itself is for staff).
  // The picker offers the provider's own organisation only, however many the town has.
  await page.locator('#field-organization').click()
  const own = page.getByRole('option', { name: 'Caritas – Migrationsberatung für Erwachsene' })
  await own.waitFor()
  expect(await page.getByRole('option').count()).toBe(1)
  await own.click()
  // Next week, 10:00, typed into the date picker as a person would.
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000)
  start.setHours(10, 0, 0, 0)
  const startField = page.locator('#field-start input').first()
  await startField.fill(adminFieldDateTime(start))
  await startField.press('Enter')
  await page.locator('#action-submit-for-review').click()
  // Saved: the admin moves from /create to the new document's address.
  await page.waitForURL(/\/admin\/collections\/events\/[0-9a-f-]+$/)
  const id = page.url().split('/').pop() as string
  const event = await api(token, 'GET', `events/${id}?draft=true&locale=de&depth=1`)
  expect(event.json).toMatchObject({ title, pendingReview: true })
  // The organiser is the provider's own organisation, set without asking.
  expect((event.json.organization as { slug?: string } | null)?.slug).toBe('caritas-migrationsberatung')
})
