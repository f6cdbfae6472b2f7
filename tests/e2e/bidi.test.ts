import type { Browser } from 'playwright-core'
import { resolveLicense } from '@cms/hsds/export/license'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'
import { messages } from './helpers/messages'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const EMERGENCY = [
  ['112', 'fire'],
  ['110', 'police'],
  ['116117', 'doctor'],
  ['116016', 'womenHelpline'],
] as const

test.each(['ar', 'fa', 'de'])('%s: the emergency page has a big call button for each number, named in the language', async (locale) => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/${locale}/eisenach/guide/erste-schritte/notfall`)
  const m = messages(locale).Emergency
  for (const [number, key] of EMERGENCY) {
    const button = page.getByRole('link', { name: new RegExp(`${number}.*${m[key].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    expect(await button.getAttribute('href')).toBe(`tel:${number}`)
    const box = await button.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(48)
    expect(box?.width).toBeGreaterThanOrEqual(48)
  }
  // The numbers in the page's own text are call links too, their digits left-to-right.
  expect(await page.locator('.prose-text a[href="tel:112"] bdi[dir="ltr"]').count()).toBeGreaterThan(0)
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})

test('fa: numbers in the health guide are call links; the review date is Gregorian', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/fa/eisenach/guide/erste-schritte/gesundheit`)
  expect(await page.locator('.prose-text a[href="tel:116117"]').count()).toBeGreaterThan(0)
  const reviewed = await page.locator('.last-checked').textContent()
  if (reviewed) {
    // A Gregorian year in Persian digits (۲۰۲x), the Solar Hijri one (۱۴۰x) only in brackets.
    expect(reviewed).toMatch(/۲۰۲\p{Nd}/u)
    expect(reviewed.replace(/\([^)]*\)/g, '')).not.toMatch(/۱۴۰\p{Nd}/u)
  }
  await context.close()
})

test('ar: the town and the count on the home page are isolated', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/ar/eisenach`)
  expect(await page.locator('h1 bdi').textContent()).toBe('Eisenach')
  const intro = page.locator('#organizations + p')
  expect(await intro.locator('bdi').first().textContent()).toBe('Eisenach')
  expect(await intro.locator('.count bdi').textContent()).toMatch(/^\p{Nd}+$/u)
  await context.close()
})

test('ar: a measure\'s start date, the open-data attribution and the licence are isolated; fa: an indicator\'s unit is Persian', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/ar/eisenach/plan/measures/sprachkurse-abstimmen-wartezeiten-verkuerzen`)
  const m = messages('ar').Plan
  const period = page.locator('dd', { hasText: m.since.replace('{date}', '').trim() })
  // The date (Gregorian, in the reader's digits) is its own isolate inside "since {date}".
  expect(await period.locator('bdi').first().textContent()).toMatch(/\p{Nd}{4}/u)

  await page.goto(`${BASE_URL}/ar/eisenach/open-data`)
  const notice = page.locator('.notice[role="note"]')
  const isolated = await notice.locator('bdi').allTextContents()
  expect(isolated).toContain('Eisenach')
  expect(isolated).toContain(resolveLicense().title)

  await page.goto(`${BASE_URL}/fa/eisenach/plan/indicators/teilnehmende-integrationskurse`)
  const main = (await page.locator('main').textContent()) ?? ''
  expect(main).toContain('نفر')
  expect(main).not.toContain('Personen')
  await context.close()
})
