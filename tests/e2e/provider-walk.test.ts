import { format } from 'date-fns'
import { ar } from 'date-fns/locale/ar'
import { de } from 'date-fns/locale/de'
import type { Browser, Page } from 'playwright-core'
import { LOCALES } from '@shared/locales'
import { demoPassword } from '@cms/seed/demoLogins'
import { adminLogIn, adminSession, api, apiToken, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/**
 * What the provider walk of issue #15 found confusing, checked where it was found: a provider
 * (Caritas Eisenach) on a 390 px phone, in German and in Arabic, edits a service. No content
 * language is named in English (no "Deutsch (German)"), the page does not scroll
 * sideways, the raw "API" tab, the read-only review flag and the account's town list are left out,
 * ticking "own hours at this place" can be submitted, and a refused change names the field in
 * words, not as a data path. Dates read as in the admin language from the first render, the
 * success message leaves the changed field visible, no view the walk visits (the editor's review
 * too) scrolls sideways, and the admin opens in the account's language whatever the browser says.
 */
const PROVIDER = 'provider@caritas-eisenach.example.org'
const EDITOR = 'editor@eisenach.example.org'
/** The date-fns locale of each admin language of the walk: the expected dates are its short forms. */
const DATE_LOCALE = { de, ar }
const PHONE = { width: 390, height: 844 }
/** "(German)", "(Arabic)" …: the English name of a content language, as the labels used to carry it. */
const ENGLISH_LANGUAGE_NAME = new RegExp(`\\((${LOCALES.map((l) => l.englishName.replace(/[()]/g, '\\$&')).join('|')})\\)`)

let browser: Browser
let token: string
let serviceId: string
let locationId: string

/** The id of the first document of `collection` matching `where` (a query string), read in public. */
async function firstId(collection: string, where: string): Promise<string> {
  const res = await api(null, 'GET', `${collection}?${where}&depth=0&limit=1`)
  const id = (res.json.docs as { id: string }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`nothing in ${collection} for ${where}`)
  return id
}

/** Every visible text of the page and the placeholders of its inputs. */
const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      if (text && node.parentElement?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) texts.push(text)
    }
    document.querySelectorAll<HTMLInputElement>('input[placeholder]').forEach((input) => texts.push(input.placeholder))
    return texts
  })

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

interface View {
  name: string
  path: () => string
  /** What shows once the view's own content is there (Payload's lists and forms render in the browser). */
  ready: string
}

/** The views of the provider's walk, and the editor's review of what the provider submitted. */
const PROVIDER_VIEWS: View[] = [
  { name: 'dashboard', path: () => '/admin', ready: 'a[href="/admin/collections/services"]' },
  { name: 'list', path: () => '/admin/collections/services', ready: 'table tbody tr a' },
  { name: 'edit', path: () => `/admin/collections/services/${serviceId}`, ready: 'form input[name="title"]:not([disabled])' },
  { name: 'account', path: () => '/admin/account', ready: 'form input[name="email"]' },
]
const EDITOR_VIEWS: View[] = [
  { name: 'review queue', path: () => '/admin/review', ready: 'table.review-queue' },
  { name: 'review', path: () => `/admin/review/services/${serviceId}`, ready: 'table.review-diff' },
  { name: 'account', path: () => '/admin/account', ready: 'form input[name="email"]' },
]

/**
 * The views of `views` that scroll sideways on this page's screen, each with its width and the
 * elements reaching out of the screen (so a failure says where to look); empty when all fit.
 */
async function sidewaysScrolling(page: Page, views: View[], language: string): Promise<string[]> {
  const wide: string[] = []
  for (const view of views) {
    await page.goto(`${BASE_URL}${view.path()}`)
    await page.waitForSelector(view.ready, { timeout: 30000 })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `tests/.artifacts/provider-walk-${language}-${view.name.replace(/ /g, '-')}-390.png`, fullPage: true })
    const found = await page.evaluate(() => {
      const width = window.innerWidth
      if (document.documentElement.scrollWidth <= width) return null
      const out = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect()
          return box.width > 0 && (box.right > width + 1 || box.left < -1)
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
      return `${document.documentElement.scrollWidth} px (${out.join(', ')})`
    })
    if (found) wide.push(`${view.name}: ${found}`)
  }
  return wide
}

/** A stored date as the admin shows it in `language` (date-fns' short date, with time: `Pp`). */
const shownDate = (value: string, language: 'de' | 'ar', pattern = 'P') => format(new Date(value), pattern, { locale: DATE_LOCALE[language] })

/** The provider's service form, loaded and editable (Payload enables the form once its state is there). */
async function openService(page: Page) {
  await page.goto(`${BASE_URL}/admin/collections/services/${serviceId}`)
  await page.waitForSelector('form input[name="title"]:not([disabled])', { timeout: 30000 })
  await page.waitForLoadState('networkidle')
}

beforeAll(async () => {
  browser = await launch()
  token = await apiToken(PROVIDER)
  const town = await firstId('municipalities', 'where[slug][equals]=eisenach')
  serviceId = await firstId('services', `where[slug][equals]=migrationsberatung-erwachsene&where[municipality][equals]=${town}`)
  locationId = await firstId('locations', `where[name][equals]=Caritas-Beratungszentrum&where[municipality][equals]=${town}`)
})
afterAll(async () => browser?.close())

describe.each(['de', 'ar'] as const)('a provider on a phone in %s', (language) => {
  let page: Page
  beforeAll(async () => {
    page = await adminSession(browser, PROVIDER)
    await useAdminLanguage(page, language)
    await page.setViewportSize(PHONE)
  })
  afterAll(async () => page?.context().close())

  test('the service form names languages in the reader’s language, fits the screen, and leaves out what a provider cannot use', async () => {
    await openService(page)
    // For whoever looks at the walk again (the lead compares them with the walk's "before").
    await page.screenshot({ path: `tests/.artifacts/provider-walk-${language}-service.png` })
    expect(await page.locator('html').getAttribute('lang')).toBe(language)
    // The content language beside each field is named in itself with its code ("Deutsch (de)"), never in English.
    const texts = await visibleTexts(page)
    expect(texts.filter((t) => ENGLISH_LANGUAGE_NAME.test(t))).toEqual([])
    // The date fields' labels in the reader's language too (they kept the first reader's: "Gültig ab" in Arabic, de runs first).
    if (language === 'ar') expect(texts.filter((t) => ['Gültig ab', 'Gültig bis', 'Zuletzt bestätigt am'].includes(t))).toEqual([])
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    // The date of the last check reads as the admin language writes it (24.11.2026, 24/11/2026),
    // from the first render: Payload's picker drew "11/24/2026" until its locale had loaded.
    const stored = await api(token, 'GET', `services/${serviceId}?depth=0`)
    expect(await page.locator('#field-lastVerifiedAt input').inputValue()).toBe(shownDate(String(stored.json.lastVerifiedAt), language))
    // No raw data tab, no tick box the provider can never tick (the banner says the state in words).
    expect(await page.locator('.doc-tabs a[href$="/api"]').count()).toBe(0)
    expect(await page.locator('input[name="pendingReview"]').count()).toBe(0)

    // The list's search names its fields in words (it said "Search Text").
    await page.goto(`${BASE_URL}/admin/collections/services`)
    const search = page.locator('.search-filter input')
    await search.waitFor({ timeout: 30000 })
    expect(await search.getAttribute('placeholder')).not.toMatch(/Search Text|searchText/)

    // The account page: no list of towns, which only an admin sets and a provider's organisation decides.
    await page.goto(`${BASE_URL}/admin/account`)
    await page.waitForSelector('form input[name="email"]', { timeout: 30000 })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `tests/.artifacts/provider-walk-${language}-account.png`, fullPage: true })
    expect(await page.locator('[id^="field-tenants"]').count()).toBe(0)
  })

  test('no view of the walk scrolls sideways on the phone', async () => {
    expect(await sidewaysScrolling(page, PROVIDER_VIEWS, language)).toEqual([])
  })

  test('the message after submitting leaves the changed phone number in sight', async () => {
    await openService(page)
    const phone = page.locator('input[name="phone"]')
    const before = await phone.inputValue()
    // A number reads left to right in Arabic too ("03691 210-999", not "210-999 03691").
    expect(await phone.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr')
    await phone.scrollIntoViewIfNeeded()
    await phone.fill('03691 210-999')
    await page.locator('#action-submit-for-review').click()
    const toast = page.locator('.payload-toast-item.toast-success')
    await toast.waitFor({ timeout: 15000 })
    // One message, saying what happens next (Payload's "Draft saved successfully" beside it confused).
    expect(await page.locator('.payload-toast-item').count()).toBe(1)
    await page.screenshot({ path: `tests/.artifacts/provider-walk-${language}-submitted-390.png` })
    const [field, message] = [await phone.boundingBox(), await toast.boundingBox()]
    if (!field || !message) throw new Error('the phone field or the message is not on the screen')
    const overlaps = message.y < field.y + field.height && field.y < message.y + message.height
    expect(overlaps).toBe(false)
    // The change goes back to what it was (still waiting for review), for the tests after this one.
    await api(token, 'PATCH', `services/${serviceId}?draft=true&depth=0`, { phone: before })
  })
})

test('"own hours at this place" ticked with no hours yet is submitted for review, not refused', async () => {
  const page = await adminSession(browser, PROVIDER)
  await useAdminLanguage(page, 'de')
  await openService(page)
  const ownHours = page.locator('input[name="locations.0.ownHours"]')
  // A click before the form has hydrated is lost (seen on a loaded machine): tick until it holds.
  for (let tries = 0; !(await ownHours.isChecked()) && tries < 10; tries++) {
    await ownHours.click()
    await page.waitForTimeout(500)
  }
  expect(await ownHours.isChecked()).toBe(true)
  // The form sends the place's still empty lists of hours and closed days along (as a count, 0).
  await page.getByText('Öffnungszeit hinzufügen').first().waitFor()
  await page.locator('#action-submit-for-review').click()
  await page.getByText(/^Zur Prüfung eingereicht/).first().waitFor({ timeout: 15000 })
  const draft = await api(token, 'GET', `services/${serviceId}?draft=true&depth=0`)
  expect(draft.json).toMatchObject({ pendingReview: true, locations: [expect.objectContaining({ ownHours: true }), expect.anything()] })
  await page.context().close()
})

test('a refused change names the field in words, in the reader’s language, never as a data path', async () => {
  const hours = { slots: [], closedDates: 'morgen' }
  const wrongShape = await api(token, 'PATCH', `services/${serviceId}?draft=true`, { locations: [{ location: locationId, ownHours: true, hours }] })
  expect(wrongShape.status).toBe(400)
  const message = JSON.stringify(wrongShape.json)
  // The server answers in its fallback language, German.
  expect(message).toContain('Standorte 1 > Öffnungszeiten > Geschlossen am')
  expect(message).not.toMatch(/: locations\.0/)
})

describe.each(['de', 'ar'] as const)('the editor reviewing on a phone in %s', (language) => {
  test('the review queue, the review and the account page fit the screen; dates read in the admin language', async () => {
    // The REST login first: the account page then shows the browser's login, the last one.
    const editorToken = await apiToken(EDITOR)
    const page = await adminLogIn(browser, EDITOR)
    await useAdminLanguage(page, language)
    await page.setViewportSize(PHONE)
    expect(await sidewaysScrolling(page, EDITOR_VIEWS, language)).toEqual([])
    // The last login (the account page, last in EDITOR_VIEWS) with its time: "06.12.2026, 05:15" is
    // date-fns' Pp; Payload's own "Dec 6, 2026 5:15 AM" was English in every admin language.
    const me = await api(editorToken, 'GET', 'users/me?depth=0')
    const lastLogin = (me.json.user as { lastLoginAt?: string } | undefined)?.lastLoginAt
    expect(lastLogin).toBeTruthy()
    expect(await page.locator('#field-lastLoginAt input').inputValue()).toBe(shownDate(String(lastLogin), language, 'Pp'))
    await page.context().close()
  })
})

test('the admin opens in the account’s language when the browser asks for English', async () => {
  const me = await api(token, 'GET', 'users/me?depth=0')
  const id = String((me.json.user as { id: string }).id)
  expect((await api(token, 'PATCH', `users/${id}`, { language: 'de' })).status).toBe(200)
  try {
    // A fresh browser (no language chosen in the admin yet) whose Accept-Language is en-US.
    const page = await adminLogIn(browser, PROVIDER, { locale: 'en-US' })
    await page.goto(`${BASE_URL}/admin`)
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    // A language chosen in the admin later stays the choice: the next login does not reset it.
    await useAdminLanguage(page, 'ar')
    const again = await page.request.post(`${BASE_URL}/api/users/login`, { data: { email: PROVIDER, password: demoPassword() } })
    expect(again.status()).toBe(200)
    await page.goto(`${BASE_URL}/admin`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    await page.context().close()
  } finally {
    await api(token, 'PATCH', `users/${id}`, { language: null })
  }
})
