import type { Browser, Page } from 'playwright-core'
import { LOCALE_CODES } from '@shared/locales'
import { axeViolations, BASE_URL, htmlAttribute, launch, phonePage, preloadAxe } from './helpers/browser'
import { brokenNumbers, hasOwnDigits, latinDigits } from './helpers/numerals'
import { overflowAtPhoneWidths, PHONE_WIDTHS } from './helpers/overflow'
import { writeArtifact } from '../helpers/artifact'
import { NOT_FOUND, resolvePageTypes, TOWN } from './helpers/pageTypes'

/**
 * Axe (WCAG 2.2 A/AA and best practice) on every page type of the portal in every UI
 * locale, in a few phone-sized tabs of one context reused throughout (a fresh context per
 * page costs more than the axe run; axe-core is put into the context once, not sent per
 * check). The matrix is printed and written to tests/.artifacts/a11y-matrix.md.
 * Slugs come from the German pages' own links, so the matrix follows the demo content.
 *
 * The same visit checks numbers (helpers/numerals.ts): none in a table cell wraps mid-token at
 * 390 px, and Persian and Pashto pages show them in their own digits. It also measures sideways scrolling: each page, once loaded, is resized to 320, 360
 * and 390 px and must fit (`scrollWidth` ≤ the viewport); a second table shows where it does
 * not, and the failure names page type × locale × width × the element sticking out.
 *
 * The full matrix (every page type of helpers/pageTypes.ts × 12 locales) runs by default.
 * `A11Y_QUICK=true` shortens it for local runs: every page type in German, English, Arabic and Ukrainian (the default, the fallback, right-to-left and Cyrillic), and in the
 * other eight locales the page types whose content and layout change most with the language.
 */
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
let tabs: Page[]
/** Page type → path below `/{locale}` (with the query string where the type needs one). */
const pageTypes = new Map<string, string>()
/** Page type → locale → violations. */
const results = new Map<string, Map<string, string[]>>()
/** Page type → locale → width → the elements that stick out (only where the page scrolls sideways). */
const overflow = new Map<string, Map<string, Map<number, string[]>>>()
const VIEWPORT = { width: 390, height: 844 }
const started = Date.now()

beforeAll(async () => {
  browser = await launch()
  const phone = await phonePage(browser)
  await preloadAxe(phone.context)
  tabs = [phone.page, ...(await Promise.all(Array.from({ length: LANES - 1 }, () => phone.context.newPage())))]
  // The one list of page types the sweeps share (axe here, the HTML checker, the screenshots).
  for (const [name, subpath] of await resolvePageTypes(BASE_URL)) pageTypes.set(name, subpath)
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
  expect([type, res?.status()]).toEqual([type, type === NOT_FOUND ? 404 : 200])
  expect(await htmlAttribute(tab, 'lang')).toBe(locale)
  const t0 = Date.now()
  const violations = await axeViolations(tab)
  if (process.env.A11Y_PROGRESS) process.stderr.write(`${locale} ${type}: ${violations.length} (${Date.now() - t0} ms)\n`)
  if (!results.has(type)) results.set(type, new Map())
  results.get(type)?.set(locale, violations)
  const wide = await overflowAtPhoneWidths(tab, VIEWPORT)
  if (!overflow.has(type)) overflow.set(type, new Map())
  overflow.get(type)?.set(locale, wide)
  const tooWide = [...wide.entries()].map(([width, found]) => `${type}: scrolls sideways at ${width} px: ${found.join('; ')}`)
  // Numbers in tables stay whole on a phone; Persian and Pashto pages write them in their own digits.
  const wrapped = (await brokenNumbers(tab)).map((b) => `${type}: a number wraps in a table cell: ${b}`)
  const latin = hasOwnDigits(locale) ? (await latinDigits(tab)).map((l) => `${type}: Latin digits: ${l}`) : []
  return [...violations.map((v) => `${type}: ${v}`), ...tooWide, ...wrapped, ...latin]
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
