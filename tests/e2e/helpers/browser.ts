import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3210'
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

/** Axe with the WCAG 2.2 A/AA rules; returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** The directory's result count; "no services found" has no digit and counts as 0. */
export async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator('.result-count').textContent())?.match(/\d+/)?.[0] ?? 0)
}

/** A portal page's HTML as any reader (no browser, no login) gets it. */
export const portalText = async (path: string) => (await (await fetch(`${BASE_URL}${path}`)).text())
