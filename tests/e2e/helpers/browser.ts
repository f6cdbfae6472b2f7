import AxeBuilder from '@axe-core/playwright'
import axe from 'axe-core'
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'

/**
 * The server of this jest worker: scripts/test.mjs starts one per worker (E2E_BASE_URLS), so the
 * files of one server run one after another and never see another worker's changes.
 */
export const BASE_URL = process.env.E2E_BASE_URLS?.split(',')[Number(process.env.JEST_WORKER_ID || 1) - 1] ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3210'
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}

/** A phone-sized page that records every request host, so tests can prove no third-party call. */
export async function phonePage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, ...options })
  const page = await context.newPage()
  const hosts = new Set<string>()
  page.on('request', (req) => hosts.add(new URL(req.url()).host))
  return { page, context, hosts }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
// Only violations are reported, so axe need not collect every passing node (same rules, same violations).
const AXE_OPTIONS: axe.RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }

/**
 * Puts axe-core (the one @axe-core/playwright runs) into every page of `context` before the
 * page's own scripts, so that axeViolations need not send and compile it for each check.
 */
export const preloadAxe = (context: BrowserContext) => context.addInitScript({ content: axe.source })

/**
 * Axe with the WCAG 2.2 A/AA rules and best practice, violations only. In a page without frames
 * it runs in the page itself: AxeBuilder's default path took 17–27 s on an admin page where this
 * takes 3–4 s (same violations; measured on the loaded 2-core machine).
 */
export const runAxe = (page: Page): Promise<axe.AxeResults> =>
  page.frames().length > 1 ? new AxeBuilder({ page }).options(AXE_OPTIONS).analyze() : axeInPage(page)

/** Axe with the WCAG 2.2 A/AA rules and best practice; returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await runAxe(page)
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/**
 * axe.run in a page without frames: what AxeBuilder's runPartial/finishRun pair computes (that
 * pair exists for frames), without its blank page and second copy of axe per check.
 */
async function axeInPage(page: Page): Promise<axe.AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  return page.evaluate((options) => (window as unknown as { axe: typeof axe }).axe.run(document, options), AXE_OPTIONS)
}

/**
 * An attribute of the page's `<html>` (its `lang`, its `dir`) read by a plain evaluate: a sweep
 * that checks hundreds of pages would otherwise have Playwright's selector engine compiled into
 * each new document (about 40 ms of CPU each); the value is the same.
 */
export const htmlAttribute = (page: Page, name: 'lang' | 'dir'): Promise<string | null> => page.evaluate((n) => document.documentElement.getAttribute(n), name)

/** The directory's result count; "no services found" has no digit and counts as 0. */
export async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator('.result-count').textContent())?.match(/\d+/)?.[0] ?? 0)
}

/** A portal page's HTML as any reader (no browser, no login) gets it. */
export const portalText = async (path: string) => (await (await fetch(`${BASE_URL}${path}`)).text())
