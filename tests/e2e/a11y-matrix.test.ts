import type { Browser, Page } from 'playwright-core'
import { LOCALE_CODES } from '@shared/locales'
import { axeViolations, BASE_URL, launch, phonePage, preloadAxe } from './helpers/browser'
import { overflowAtPhoneWidths, PHONE_WIDTHS } from './helpers/overflow'
import { writeArtifact } from '../helpers/artifact'

/**
 * Axe (WCAG 2.2 A/AA and best practice) on every page type of the portal in every UI
 * locale, in a few phone-sized tabs of one context reused throughout (a fresh context per
 * page costs more than the axe run; axe-core is put into the context once, not sent per
 * check). The matrix is printed and written to tests/.artifacts/a11y-matrix.md.
 * Slugs come from the German pages' own links, so the matrix follows the demo content.
 *
 * The same visit measures sideways scrolling: each page, once loaded, is resized to 320, 360
 * and 390 px and must fit (`scrollWidth` ≤ the viewport); a second table shows where it does
 * not, and the failure names page type × locale × width × the element sticking out.
 *
 * The full 27 × 12 matrix runs by default. `A11Y_QUICK=true` shortens it for local runs: every page type in German, English,
 * Arabic and Ukrainian (the default, the fallback, right-to-left and Cyrillic), and in the
 * other eight locales the page types whose content and layout change most with the language.
 */
const TOWN = 'eisenach'

const FULL_LOCALES = ['de', 'en', 'ar', 'uk']
const SUBSET = ['home', 'guide page', 'services (filtered)', 'service detail', 'news article', 'event detail', 'plan measure']
const quick = process.env.A11Y_QUICK === 'true'
const runsAll = (locale: string) => !quick || FULL_LOCALES.includes(locale)

/**
 * Tabs checking at once (A11Y_LANES): axe in the browser, not the server, is most of a check,
 * and while one tab waits for its page another computes.
 */
const LANES = Number(process.env.A11Y_LANES || 3)

let browser: Browser
let page: Page
let tabs: Page[]
/** Page type → path below `/{locale}` (with the query string where the type needs one). */
const pageTypes = new Map<string, string>()
/** Page type → locale → violations. */
const results = new Map<string, Map<string, string[]>>()
/** Page type → locale → width → the elements that stick out (only where the page scrolls sideways). */
const overflow = new Map<string, Map<string, Map<number, string[]>>>()
const VIEWPORT = { width: 390, height: 844 }
const started = Date.now()

/** The path (below the locale) of the first link matching `selector` on `/de/...{from}`. */
async function firstLink(from: string, selector: string): Promise<string> {
  await page.goto(`${BASE_URL}/de/${TOWN}${from}`)
  const href = await page.locator(selector).first().getAttribute('href')
  if (!href) throw new Error(`no link ${selector} on ${from}`)
  return href.replace(/^\/de\//, '/')
}

beforeAll(async () => {
  browser = await launch()
  const phone = await phonePage(browser)
  await preloadAxe(phone.context)
  page = phone.page
  tabs = [page, ...(await Promise.all(Array.from({ length: LANES - 1 }, () => phone.context.newPage())))]
  const t = `/${TOWN}`
  const types: [string, string | (() => Promise<string>)][] = [
    ['towns (locale root)', ''],
    ['home', t],
    ['guide index', `${t}/guide`],
    ['guide page', () => firstLink('/guide', '.topic-tile')],
    ['services (filtered)', `${t}/services?language=ar&topic=counselling&cost=free`],
    ['service detail', () => firstLink('/services', '.service-card h3 a')],
    ['organization', `${t}/organizations/vhs-eisenach`],
    ['news list', `${t}/news`],
    ['news article', () => firstLink('/news', 'article.card h2 a')],
    ['events list', `${t}/events`],
    ['events week', `${t}/events?view=week`],
    ['events month', `${t}/events?view=month`],
    ['event detail', () => firstLink('/events', '.event-card h3 a, .event-card h2 a')],
    ['search', `${t}/search?q=Deutsch`],
    ['plan', `${t}/plan`],
    ['plan action field', () => firstLink('/plan', '.field-card a')],
    // The action field found just above (types are resolved in order).
    ['plan measure', () => firstLink(String(pageTypes.get('plan action field')).replace(t, ''), '.measure-card a')],
    ['plan indicators', `${t}/plan/indicators`],
    ['plan indicator', () => firstLink('/plan/indicators', 'a[href*="/plan/indicators/"]')],
    ['plan editions', `${t}/plan/editions`],
    ['plan edition', () => firstLink('/plan/editions', 'a[href*="/plan/editions/"]:not([href*="compare"])')],
    [
      'plan editions compare',
      async () => {
        await page.goto(`${BASE_URL}/de${t}/plan/editions`)
        await page.locator('form button[type="submit"]').click()
        await page.waitForURL(/editions\/compare\?/)
        const url = new URL(page.url())
        return `${url.pathname.replace(/^\/de/, '')}${url.search}`
      },
    ],
    ['plan report', `${t}/plan/report`],
    ['open data', `${t}/open-data`],
    ['imprint', `${t}/imprint`],
    ['privacy', `${t}/privacy`],
    ['not found', `${t}/does-not-exist`],
  ]
  for (const [name, target] of types) pageTypes.set(name, typeof target === 'string' ? target : await target())
}, 120000)

afterAll(async () => {
  const matrix = renderMatrix()
  writeArtifact('a11y-matrix.md', matrix)
  console.log(matrix)
  await browser?.close()
})

/** One row per page type, one cell per locale (`cell` says "–" for not run). */
function table(cell: (type: string, locale: string) => string): string[] {
  const header = `| page type | ${LOCALE_CODES.join(' | ')} |\n|---|${LOCALE_CODES.map(() => ':-:').join('|')}|`
  return [header, ...[...pageTypes.keys()].map((type) => `| ${type} | ${LOCALE_CODES.map((l) => cell(type, l)).join(' | ')} |`)]
}

/** The sideways-scrolling findings as failure lines: page type (locale) at width: elements. */
function overflowLines(): string[] {
  return [...overflow.entries()].flatMap(([type, byLocale]) =>
    [...byLocale.entries()].flatMap(([l, byWidth]) => [...byWidth.entries()].map(([width, found]) => `- ${type} (${l}) at ${width} px: ${found.join('; ')}`)),
  )
}

function renderMatrix(): string {
  const rows = table((type, l) => {
    const v = results.get(type)?.get(l)
    return v === undefined ? '–' : v.length === 0 ? '✓' : String(v.length)
  })
  // ✓ = fits at every width; otherwise the widths at which the page scrolls sideways.
  const fits = table((type, l) => {
    if (results.get(type)?.get(l) === undefined) return '–'
    const widths = [...(overflow.get(type)?.get(l)?.keys() ?? [])]
    return widths.length ? widths.join('/') : '✓'
  })
  const wide = overflowLines()
  const runs = [...results.values()].reduce((n, byLocale) => n + byLocale.size, 0)
  const failures = [...results.entries()].flatMap(([type, byLocale]) =>
    [...byLocale.entries()].flatMap(([l, v]) => v.map((violation) => `- ${type} (${l}): ${violation}`)),
  )
  return [
    `# Accessibility matrix (axe, WCAG 2.2 A/AA + best practice)`,
    '',
    `${pageTypes.size} page types × ${LOCALE_CODES.length} locales, town ${TOWN}, phone viewport 390×844; ${runs} axe runs in ${Math.round((Date.now() - started) / 1000)} s. ✓ = no violation, a number = violations, – = not run.`,
    '',
    quick
      ? `Every page type in ${FULL_LOCALES.join(', ')}; in the other locales the page types ${SUBSET.join(', ')} (A11Y_QUICK=true; without it all).`
      : 'Every page type in every locale.',
    '',
    ...rows,
    '',
    ...(failures.length ? ['## Violations', '', ...failures, ''] : []),
    `## Fits the screen (no sideways scrolling at ${PHONE_WIDTHS.join(', ')} px)`,
    '',
    '✓ = fits at every width, numbers = the widths at which the page scrolls sideways, – = not run.',
    '',
    ...fits,
    '',
    ...(wide.length ? ['## Sideways scrolling', '', ...wide, ''] : []),
  ].join('\n')
}

/** Opens one page type in one locale on `tab`, records its violations and where it does not fit a phone. */
async function check(tab: Page, locale: string, type: string, subpath: string): Promise<string[]> {
  const res = await tab.goto(`${BASE_URL}/${locale}${subpath}`)
  // Only the deliberate 404 page may answer with an error status.
  expect([type, res?.status()]).toEqual([type, type === 'not found' ? 404 : 200])
  expect(await tab.getAttribute('html', 'lang')).toBe(locale)
  const t0 = Date.now()
  const violations = await axeViolations(tab)
  if (process.env.A11Y_PROGRESS) process.stderr.write(`${locale} ${type}: ${violations.length} (${Date.now() - t0} ms)\n`)
  if (!results.has(type)) results.set(type, new Map())
  results.get(type)?.set(locale, violations)
  const wide = await overflowAtPhoneWidths(tab, VIEWPORT)
  if (!overflow.has(type)) overflow.set(type, new Map())
  overflow.get(type)?.set(locale, wide)
  const tooWide = [...wide.entries()].map(([width, found]) => `${type}: scrolls sideways at ${width} px: ${found.join('; ')}`)
  return [...violations.map((v) => `${type}: ${v}`), ...tooWide]
}

test.each(LOCALE_CODES)('every page type in %s has no axe violation and fits a phone', async (locale) => {
  const todo = [...pageTypes].filter(([type]) => runsAll(locale) || SUBSET.includes(type))
  // Each tab takes the next page type as soon as it is done with one.
  const lanes = tabs.map(async (tab) => {
    const failed: string[] = []
    for (let next = todo.shift(); next; next = todo.shift()) failed.push(...(await check(tab, locale, ...next)))
    return failed
  })
  expect((await Promise.all(lanes)).flat()).toEqual([])
}, 300000)
