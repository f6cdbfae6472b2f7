import type { Browser, Page } from 'playwright-core'
import { adminLogIn, api, eventually, shootStep, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch, portalText } from './helpers/browser'
import { mailAvailable, waitForSentMail } from './helpers/mail'

/*
 * The review journey as the two people live it (demo data, Eisenach reviews provider changes):
 * the provider submits a new phone number, the editor sees exactly that change and sends it back
 * with a comment, the provider reads the comment, fixes and submits again, the editor approves,
 * the portal shows the new number, and each step's e-mail arrives. The provider works in German,
 * the editor in Arabic (right to left); every step is photographed at 1280 px and 390 px to
 * tests/.artifacts/journeys/review/.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const PROVIDER = 'provider@caritas-eisenach.example.org'
const EDITOR = 'editor@eisenach.example.org'

async function submitPhone(page: Page, id: string, phone: string) {
  await page.goto(`${BASE_URL}/admin/collections/services/${id}`)
  const field = page.locator('input[name="phone"]')
  await field.waitFor({ timeout: 30000 })
  await field.fill(phone)
  const submit = page.locator('#action-submit-for-review')
  expect((await submit.textContent())?.trim()).toMatch(/^(Zur Prüfung einreichen|Submit for review)$/)
  // No "Publish" and no "Save draft" for a provider whose town reviews: one action.
  expect(await page.locator('#action-save').count()).toBe(0)
  expect(await page.locator('#action-save-draft').count()).toBe(0)
  await submit.click()
  await page.getByText(/Zur Prüfung eingereicht|Submitted for review/).first().waitFor({ timeout: 30000 })
  expect(await page.getByText(/_status/).count()).toBe(0)
}

const shoot = (page: Page, step: string) => shootStep(page, 'review', step)

/** The editor's way to the service's public page: the document's "on the portal" link. */
async function publicPath(page: Page, id: string): Promise<string> {
  await page.goto(`${BASE_URL}/admin/collections/services/${id}`)
  const href = await page.locator('a.public-page-link').getAttribute('href', { timeout: 30000 })
  if (!href) throw new Error(`service ${id} has no public page link`)
  return new URL(href, BASE_URL).pathname
}

/** Digits and signs only: the portal may set a phone number with other spaces than typed. */
const compact = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '')

async function openReview(page: Page, id: string) {
  await page.goto(`${BASE_URL}/admin`)
  await page.locator('a[href="/admin/review"]').first().click()
  await page.locator(`tr[data-id="${id}"] a`).click()
  await page.waitForURL(new RegExp(`/admin/review/services/${id}$`), { timeout: 30000 })
  await page.locator('table.review-diff').waitFor({ timeout: 30000 })
}

/*
 * One journey in two steps, each with its own budget: every step opens four or five admin pages,
 * and on a loaded two-core machine one admin page can take ten seconds. The second step builds on
 * the first (jest runs a file's tests in order); it fails at once if the first left no id.
 */
const JOURNEY_STEP_MS = 150_000
const COMMENT = 'Bitte mit Ländervorwahl +49.'
const journey = { id: '', right: '', provider: null as Page | null, editor: null as Page | null }
afterAll(async () => {
  await journey.provider?.close()
  await journey.editor?.close()
})

test('a provider submits a changed phone number; the editor sees exactly that change and sends it back with a comment, which is e-mailed', async () => {
  const provider = (journey.provider = await adminLogIn(browser, PROVIDER))
  await useAdminLanguage(provider, 'de')
  await provider.goto(`${BASE_URL}/admin`)
  // "My listings": the provider's entries in plain words, one action each.
  const listings = provider.locator('section.my-listings')
  await listings.waitFor({ timeout: 30000 })
  const first = listings.locator('tr[data-collection="services"]').first()
  const id = String(await first.getAttribute('data-id'))
  const before = (await api(null, 'GET', `services/${id}?depth=0`)).json.phone
  const stamp = String(Date.now()).slice(-6)
  const wrong = `03691 ${stamp}`

  await shoot(provider, '1-provider-dashboard')
  await submitPhone(provider, id, wrong)
  await shoot(provider, '2-provider-submitted')
  expect((await api(null, 'GET', `services/${id}?depth=0`)).json.phone).toBe(before)

  const editor = (journey.editor = await adminLogIn(browser, EDITOR))
  await useAdminLanguage(editor, 'ar')
  await openReview(editor, id)
  expect((await editor.locator('html').getAttribute('dir'))?.toLowerCase()).toBe('rtl')
  await shoot(editor, '3-editor-review')
  const changed = await editor.locator('tr.review-diff__changed').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')))
  expect(changed).toEqual(['phone'])
  expect(await editor.locator('tr[data-path="phone"] .review-diff__pending').textContent()).toContain(wrong)
  await editor.locator('#review-comment').fill(COMMENT)
  await editor.locator('#review-send-back').click()
  await editor.locator('.review-actions__done').waitFor({ timeout: 30000 })
  await shoot(editor, '4-editor-sent-back')
  if (mailAvailable) await waitForSentMail((m) => m.to.includes(PROVIDER) && m.text.includes(COMMENT))
  journey.id = id
  journey.right = `+49 3691 ${stamp}`
}, JOURNEY_STEP_MS)

test('the provider reads the comment, fixes and submits again; the editor approves, the portal shows the new number, and the approval is e-mailed', async () => {
  const { id, right, provider, editor } = journey
  if (!id || !provider || !editor) throw new Error('the first step of the journey did not finish')
  await provider.goto(`${BASE_URL}/admin`)
  const row = provider.locator(`section.my-listings tr[data-id="${id}"]`)
  expect(await row.getAttribute('data-state')).toBe('sentBack')
  expect(await row.textContent()).toContain(COMMENT)
  await shoot(provider, '5-provider-comment')
  await provider.goto(`${BASE_URL}/admin/collections/services/${id}`)
  expect(await provider.locator('.review-banner--sent-back').textContent()).toContain(COMMENT)
  await shoot(provider, '6-provider-banner')
  await submitPhone(provider, id, right)

  await openReview(editor, id)
  expect(await editor.locator('tr[data-path="phone"] .review-diff__pending').textContent()).toContain(right)
  await shoot(editor, '7-editor-review-again')
  await editor.locator('#review-approve').click()
  await editor.locator('.review-actions__done').waitFor({ timeout: 30000 })
  await shoot(editor, '8-editor-approved')
  if (mailAvailable) await waitForSentMail((m) => m.to.includes(PROVIDER) && m.text.includes(`/admin/collections/services/${id}`) && !m.text.includes('Ländervorwahl'))
  expect((await api(null, 'GET', `services/${id}?depth=0`)).json.phone).toBe(right)
  // The portal shows the new number once its cache has heard of the approval (polled, not timed).
  const path = await publicPath(editor, id)
  expect(await eventually(async () => compact(await portalText(path)).includes(compact(right)), 60000, 1000)).toBe(true)
  await editor.goto(`${BASE_URL}${path}`)
  await shoot(editor, '9-portal')
}, JOURNEY_STEP_MS)
