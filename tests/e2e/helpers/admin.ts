import fs from 'node:fs'
import { format } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import nodePath from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { demoPassword } from '@cms/seed/demoLogins'
import { BASE_URL, runAxe } from './browser'

const ADMIN_VIEWPORT = { viewport: { width: 1280, height: 900 } }

/**
 * Logs a demo account into Payload's admin the way a person does (the login form, labelled
 * fields), on a desktop-sized page of its own context so that sessions of different roles
 * never share cookies; `options` for that context (e.g. the browser's language).
 */
export async function adminLogIn(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...ADMIN_VIEWPORT, ...options })
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/admin/login`)
  await page.getByLabel(/^Email/).fill(email)
  await page.getByLabel(/^Password/).fill(demoPassword())
  await page.getByRole('button', { name: /^(Login|Anmelden)$/ }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30000 })
  return page
}

/** The login cookies of the accounts this file has logged in through the form, by e-mail. */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>()

/**
 * A page of its own context logged in as a demo account, for tests about something else than
 * logging in: the file's first one logs in through the form (adminLogIn, which leaves it on the
 * dashboard), later ones start from that login's cookies as a browser that stayed logged in does
 * (a blank page: navigate first). Saves the login and dashboard pages, some seconds each.
 */
export async function adminSession(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const state = sessions.get(email)
  if (state) return (await browser.newContext({ ...ADMIN_VIEWPORT, ...options, storageState: state })).newPage()
  const page = await adminLogIn(browser, email, options)
  sessions.set(email, await page.context().storageState())
  return page
}

/**
 * A date field's date and time as typed in the English admin: the admin language's short form
 * (date-fns `Pp`, "11/28/2026, 10:00 AM"; cms/fields/localDates.ts), in the browser's time zone.
 */
export const adminFieldDateTime = (date: Date): string => format(date, 'Pp', { locale: enUS })

/**
 * A date and time as typed into the picker of Payload's "Schedule publish" drawer in the English
 * admin (its own fixed "MMM d, yyyy h:mm a", e.g. "Nov 28, 2026 10:00 AM"), in the browser's time zone.
 */
export function adminDateTime(date: Date): string {
  const day = date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })
  // ICU puts a narrow no-break space before AM/PM; the picker's parser wants a plain one.
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }).replace(/\s/g, ' ')
  return `${day} ${time}`
}

/** A REST token of a demo account, for the checks a person cannot make by clicking (the API). */
export async function apiToken(email: string): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword() }),
  })
  if (!res.ok) throw new Error(`login of ${email} failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** A REST call as the holder of `token`; returns status and parsed body. */
export async function api(token: string | null, method: string, path: string, body?: unknown) {
  const res = await fetch(`${BASE_URL}/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // non-JSON answers (HTML error pages) are reported by status only
  }
  return { status: res.status, json }
}

/** Polls `check` until it returns true or `timeoutMs` passes; returns whether it came true. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 500): Promise<boolean> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > until) return false
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** Switches a context's admin to `language` the way Payload remembers a choice: its language cookie. */
export const useAdminLanguage = (page: Page, language: string) => page.context().addCookies([{ name: 'payload-lng', value: language, url: BASE_URL }])

/** One element axe found wanting: the rule, how bad (axe's impact), and where (axe's CSS selector). */
export interface AxeFinding {
  rule: string
  impact: string
  selector: string
  help: string
}

/**
 * Axe with the WCAG 2.2 A/AA rules and best practice on an admin page, one finding per element
 * (not per rule), so that each can be told apart from Payload's own in an allow-list.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await runAxe(page)
  return results.violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, impact: n.impact ?? v.impact ?? 'unknown', selector: n.target.join(' '), help: v.help })))
}

/**
 * Screenshots of a journey's step at the desktop and the phone width, full page, to
 * tests/.artifacts/journeys/<journey>/<step>-<width>.png; the page goes back to 1280 px after.
 */
export async function shootStep(page: Page, journey: string, step: string) {
  const dir = nodePath.resolve('tests/.artifacts/journeys', journey)
  fs.mkdirSync(dir, { recursive: true })
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: nodePath.join(dir, `${step}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}
