import type { Browser, Page } from 'playwright-core'
import { DEMO_INDICATORS } from '@cms/seed/demoPlan'
import { LOCALE_CODES } from '@shared/locales'
import { BASE_URL, launch, phonePage } from './helpers/browser'
import { brokenNumbers, hasOwnDigits, latinDigits } from './helpers/numerals'
import { NOT_FOUND, resolvePageTypes, TOWN } from './helpers/pageTypes'

/**
 * Numbers as a reader of each language gets them (issue #16, "Charts" and "Dates"):
 * - no number, year, time or date in a table cell breaks across lines on a phone ("20" / "18"),
 *   on every page that has a table (found on the German pages, so a new table is swept too) and
 *   every demo indicator's charts, in all 12 locales, at 390 and 320 px;
 * - in Persian and Pashto, every page type shows its chart labels, table cells, dates, counts and
 *   progress in Persian digits (web/lib/format.ts), not 0–9.
 * The a11y matrix runs both checks on every page type × locale as well (a11y-matrix.test.ts).
 */
let browser: Browser
let tab: Page
const pageTypes = new Map<string, string>()
/** Paths below `/{locale}` of every page with a table. */
const withTables: string[] = []

/**
 * How many elements match `selector`, counted by a plain evaluate: without Playwright's selector
 * engine, which would be compiled into each of the sweep's hundreds of pages.
 */
const countOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector)

beforeAll(async () => {
  browser = await launch()
  tab = (await phonePage(browser, { javaScriptEnabled: false })).page
  for (const [name, subpath] of await resolvePageTypes(BASE_URL)) pageTypes.set(name, subpath)
  for (const [name, subpath] of pageTypes) {
    if (name === NOT_FOUND) continue
    await tab.goto(`${BASE_URL}/de${subpath}`)
    if (await countOf(tab, 'table')) withTables.push(subpath)
  }
  for (const { slug } of DEMO_INDICATORS) {
    const path = `/${TOWN}/plan/indicators/${slug}`
    if (!withTables.includes(path)) withTables.push(path)
  }
}, 180000)
afterAll(async () => browser?.close())

test('the sweep has tables to look at: charts, the report, opening hours, the month', () => {
  expect(withTables).toEqual(expect.arrayContaining([pageTypes.get('plan report'), pageTypes.get('service detail'), pageTypes.get('events month')]))
  expect(withTables.filter((p) => p.includes('/plan/indicators/')).length).toBeGreaterThanOrEqual(DEMO_INDICATORS.length)
})

test.each(LOCALE_CODES)('no number, year or date in a table cell wraps mid-token on a phone (%s)', async (locale) => {
  const broken: string[] = []
  let cells = 0
  for (const path of withTables) {
    // Each page is loaded at the width the last one ended at and checked there first, then at the
    // other: both widths for every page, one resize each instead of two.
    const first = tab.viewportSize()?.width === 320 ? 320 : 390
    await tab.goto(`${BASE_URL}/${locale}${path}`)
    cells += await countOf(tab, 'td, th')
    for (const width of [first, first === 320 ? 390 : 320]) {
      if (width !== first) await tab.setViewportSize({ width, height: 844 })
      broken.push(...(await brokenNumbers(tab)).map((b) => `${path} at ${width} px: ${b}`))
    }
  }
  expect(cells).toBeGreaterThan(50)
  expect(broken).toEqual([])
}, 180000)

test.each(LOCALE_CODES.filter(hasOwnDigits))('every page type in %s writes its numbers, years and dates in its own digits', async (locale) => {
  await tab.setViewportSize({ width: 390, height: 844 })
  const latin: string[] = []
  for (const [name, subpath] of pageTypes) {
    await tab.goto(`${BASE_URL}/${locale}${subpath}`)
    latin.push(...(await latinDigits(tab)).map((l) => `${name}: ${l}`))
  }
  expect(latin).toEqual([])
}, 180000)

test('the digit sweep sees Latin digits where they are (the German indicator page has them)', async () => {
  await tab.goto(`${BASE_URL}/de${pageTypes.get('plan indicator')}`)
  // On a German page 0–9 are right, and the same sweep finds the chart's years and values: it is not blind.
  expect((await latinDigits(tab)).filter((l) => l.startsWith('svg text') || l.startsWith('th') || l.startsWith('td')).length).toBeGreaterThan(3)
})
