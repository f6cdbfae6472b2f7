import type { Browser, Page } from 'playwright-core'
import { adminLogIn, api } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'
import { mailAvailable, waitForSentMail } from './helpers/mail'

/*
 * The review journey as the two people live it (demo data, Eisenach reviews provider changes):
 * the provider submits a new phone number, the editor sees exactly that change and sends it back
 * with a comment, the provider reads the comment, fixes and submits again, the editor approves,
 * the portal shows the new number, and each step's e-mail arrives.
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
  // "My listings": the provider's entries in plain words, one action each.
  const listings = provider.locator('section.my-listings')
  await listings.waitFor({ timeout: 30000 })
  const first = listings.locator('tr[data-collection="services"]').first()
  const id = String(await first.getAttribute('data-id'))
  const before = (await api(null, 'GET', `services/${id}?depth=0`)).json.phone
  const stamp = String(Date.now()).slice(-6)
  const wrong = `03691 ${stamp}`

  await submitPhone(provider, id, wrong)
  expect((await api(null, 'GET', `services/${id}?depth=0`)).json.phone).toBe(before)

  const editor = (journey.editor = await adminLogIn(browser, EDITOR))
  await openReview(editor, id)
  const changed = await editor.locator('tr.review-diff__changed').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')))
  expect(changed).toEqual(['phone'])
  expect(await editor.locator('tr[data-path="phone"] .review-diff__pending').textContent()).toContain(wrong)
  await editor.locator('#review-comment').fill(COMMENT)
  await editor.locator('#review-send-back').click()
  await editor.locator('.review-actions__done').waitFor({ timeout: 30000 })
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
  await provider.goto(`${BASE_URL}/admin/collections/services/${id}`)
  expect(await provider.locator('.review-banner--sent-back').textContent()).toContain(COMMENT)
  await submitPhone(provider, id, right)

  await openReview(editor, id)
  expect(await editor.locator('tr[data-path="phone"] .review-diff__pending').textContent()).toContain(right)
  await editor.locator('#review-approve').click()
  await editor.locator('.review-actions__done').waitFor({ timeout: 30000 })
  if (mailAvailable) await waitForSentMail((m) => m.to.includes(PROVIDER) && m.text.includes(`/admin/collections/services/${id}`) && !m.text.includes('Ländervorwahl'))
  expect((await api(null, 'GET', `services/${id}?depth=0`)).json.phone).toBe(right)
}, JOURNEY_STEP_MS)
