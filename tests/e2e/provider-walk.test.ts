import type { Browser, Page } from 'playwright-core'
import { LOCALES } from '@shared/locales'
import { adminLogIn, api, apiToken, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/**
 * What the provider walk of issue #15 found confusing, checked where it was found: a provider
 * (Caritas Eisenach) on a 390 px phone, in German and in Arabic, edits a service. No content
 * language is named in English (no "Deutsch (German)"), the page does not scroll
 * sideways, the raw "API" tab, the read-only review flag and the account's town list are left out,
 * ticking "own hours at this place" can be submitted, and a refused change names the field in
 * words, not as a data path.
 */
const PROVIDER = 'provider@caritas-eisenach.example.org'
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

describe.each(['de', 'ar'])('a provider on a phone in %s', (language) => {
  let page: Page
  beforeAll(async () => {
    page = await adminLogIn(browser, PROVIDER)
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
    expect((await visibleTexts(page)).filter((t) => ENGLISH_LANGUAGE_NAME.test(t))).toEqual([])
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
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
    // Not checked here: Payload's account view draws its section dividers some 60 px wider than a
    // 390 px screen (a small sideways scroll); open, see the report of the walk.
  })
})

test('"own hours at this place" ticked with no hours yet is submitted for review, not refused', async () => {
  const page = await adminLogIn(browser, PROVIDER)
  await useAdminLanguage(page, 'de')
  await openService(page)
  const ownHours = page.locator('input[name="locations.0.ownHours"]')
  if (!(await ownHours.isChecked())) await ownHours.check()
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
