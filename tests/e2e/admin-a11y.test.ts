import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { adminLogIn, api, apiToken, type AxeFinding, axeFindings, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'
import { writeArtifact } from '../helpers/artifact'

/**
 * Axe (WCAG 2.2 A/AA and best practice) on the admin's views as the people who use them see
 * them (login, dashboard, a list, a service, the review queue and one review, the import), in
 * German and in Arabic (right to left), at 1280 px. No serious or critical violation may be
 * left, except Payload's own interface, and those only as an entry of ALLOWED below, each with
 * its reason. An entry that no longer occurs fails the test too, so that the list never hides
 * anything. The matrix goes to tests/.artifacts/admin-a11y.md.
 */

interface Allowed {
  rule: string
  /**
   * axe's selector of the element (its `target`, joined). A pattern, not a string: Payload's
   * selectors carry React ids (`_R_4d96…_`), emotion classes and class orders that change per render.
   */
  selector: RegExp
  /** Why this is Payload's (and the upstream issue, where there is one). */
  why: string
}

/** Payload's umbrella issue for the admin's accessibility (WCAG/ATAG), open since 2022. */
const PAYLOAD_A11Y = 'https://github.com/payloadcms/payload/issues/1227'
/** react-select, which Payload's select and relationship fields are made of. */
const REACT_SELECT = `react-select inside Payload's select/relationship fields (@payloadcms/ui); ${PAYLOAD_A11Y}`

/** Payload's own interface: serious or critical findings in markup the plugin does not render. */
const ALLOWED: Allowed[] = [
  { rule: 'aria-hidden-focus', selector: /dropdown-indicator|clear-indicator/, why: `${REACT_SELECT}: its indicators are aria-hidden but hold focusable parts` },
  { rule: 'label', selector: /^#react-select-.*-input$/, why: `${REACT_SELECT}: the search input has no label of its own (the language switcher and every select field)` },
  { rule: 'label-title-only', selector: /^#react-select-.*-input$|^#select-all$/, why: `${REACT_SELECT}; the list's "select all" checkbox is named by a title only (Payload's list view)` },
  { rule: 'target-size', selector: /rs__multi-value|react-select-.*-input|aria-label="Edit |drawer-toggler|aria-describedby=/, why: `${REACT_SELECT}: the chips' remove and edit buttons are under 24 px` },
  { rule: 'nested-interactive', selector: /rs__multi-value|aria-describedby=/, why: `${REACT_SELECT}: a chip is focusable and holds its remove button` },
  { rule: 'color-contrast', selector: /localizer-button__label/, why: `Payload's locale switcher in the header: its label is grey on grey; ${PAYLOAD_A11Y}` },
  { rule: 'color-contrast', selector: /sort-column__label/, why: `Payload's list view: column headings in --theme-elevation-400; ${PAYLOAD_A11Y}` },
  { rule: 'color-contrast', selector: /field-description/, why: `Payload's field descriptions (the plugin writes the words, Payload's stylesheet greys them: --theme-elevation-400); ${PAYLOAD_A11Y}` },
  { rule: 'color-contrast', selector: /file-field__(orText|dragAndDropText)/, why: `Payload's upload drop zone ("or", "drag and drop a file") in grey; ${PAYLOAD_A11Y}` },
  { rule: 'color-contrast', selector: /array-field__add-row/, why: `Payload's array field "add row" button; ${PAYLOAD_A11Y}` },
  { rule: 'target-size', selector: /sort-column__button|^button\[aria-label="رتّب حسب |array-actions__button|date-time-picker__clear-button/, why: `Payload's list sort arrows (in Arabic axe names them by their label), the array row menu and the date field's clear button are under 24 px; ${PAYLOAD_A11Y}` },
  { rule: 'button-name', selector: /clickable-arrow|array-actions__button|popup-button|date-time-picker__clear-button|copy-to-clipboard|file-details__remove/, why: `Payload's icon-only buttons (pagination arrows, row and document menus, date clear, the upload's copy and remove) have no name; ${PAYLOAD_A11Y}` },
  { rule: 'label', selector: /^#_R_|date-time-picker|^input\[value="/, why: `Payload's list row checkboxes and its date picker input have no label; ${PAYLOAD_A11Y}` },
  { rule: 'list', selector: /doc-tabs__tabs/, why: `Payload's document tabs: the <ul> holds other elements than <li>; ${PAYLOAD_A11Y}` },
  { rule: 'label-content-name-mismatch', selector: /^a\[aria-label=/, why: `Payload's document tab "Versions" has an aria-label other than its visible text (with the count); ${PAYLOAD_A11Y}` },
  { rule: 'aria-command-name', selector: /collapsible__drag/, why: `Payload's array row drag handle has no name; ${PAYLOAD_A11Y}` },
  { rule: 'aria-input-field-name', selector: /ContentEditable__root/, why: `Payload's rich-text (Lexical) editor area has no name; ${PAYLOAD_A11Y}` },
]

const LANGUAGES = ['de', 'ar'] as const
type Language = (typeof LANGUAGES)[number]
type Role = 'guest' | 'editor' | 'provider'
const EDITOR = 'editor@eisenach.example.org'
// Not the provider of the review journey (review.test.ts): the pending change set up here stays.
const PROVIDER = 'provider@vhs-eisenach.example.org'
const SHEET = path.resolve('tests/fixtures/import/angebote-beispiel.csv')

interface View {
  name: string
  roles: Role[]
  path: () => string
  /** What shows once the view's own content is there (Payload's lists and forms render in the browser). */
  ready: string
}

/** The provider's service that waits for review, and the editor's uploaded import (set up in beforeAll). */
const fixture = { service: '', importId: '' }

const VIEWS: View[] = [
  { name: 'login', roles: ['guest'], path: () => '/admin/login', ready: 'form button[type="submit"]' },
  { name: 'dashboard', roles: ['editor', 'provider'], path: () => '/admin', ready: 'a[href="/admin/collections/services"]' },
  { name: 'services list', roles: ['editor', 'provider'], path: () => '/admin/collections/services', ready: 'table tbody tr a' },
  { name: 'service edit', roles: ['editor', 'provider'], path: () => `/admin/collections/services/${fixture.service}`, ready: 'input[name="phone"]' },
  { name: 'review queue', roles: ['editor'], path: () => '/admin/review', ready: 'table.review-queue' },
  { name: 'review page', roles: ['editor'], path: () => `/admin/review/services/${fixture.service}`, ready: 'table.review-diff' },
  { name: 'import (upload)', roles: ['editor'], path: () => '/admin/collections/imports/create', ready: 'input[type="file"]' },
  { name: 'import (columns)', roles: ['editor'], path: () => `/admin/collections/imports/${fixture.importId}`, ready: 'select[id^="import-map-"]' },
]

let browser: Browser
const pages = new Map<Role, Page>()
/** "view · role" → language → every finding there. */
const found = new Map<string, Map<Language, AxeFinding[]>>()
const started = Date.now()
const seriousOrWorse = (f: AxeFinding) => f.impact === 'serious' || f.impact === 'critical'
const allowance = (f: AxeFinding) => ALLOWED.find((a) => a.rule === f.rule && a.selector.test(f.selector))

/** A change of the provider's first service waiting for review, as the provider's "Submit for review" makes it. */
async function pendingChange(): Promise<string> {
  const token = await apiToken(PROVIDER)
  const me = (await api(token, 'GET', 'users/me?depth=0')).json.user as { organizations?: number[] } | undefined
  const organizations = me?.organizations ?? []
  const services = await api(token, 'GET', `services?depth=0&limit=1&sort=id&where[organization][in]=${organizations.join(',')}`)
  const first = (services.json.docs as { id: number }[] | undefined)?.[0]
  if (!first) throw new Error(`${PROVIDER} has no service`)
  const changed = await api(token, 'PATCH', `services/${first.id}?draft=true&depth=0`, { phone: '03691 670000', _status: 'draft' })
  if (changed.status !== 200) throw new Error(`submitting a change failed: ${changed.status} ${JSON.stringify(changed.json)}`)
  return String(first.id)
}

/** An import with its columns to match: the example spreadsheet uploaded as an editor does it. */
async function uploadedImport(page: Page): Promise<string> {
  await page.goto(`${BASE_URL}/admin/collections/imports/create`)
  await page.locator('input[type="file"]').setInputFiles(SHEET)
  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/imports\/(?!create)[^/]+$/, { timeout: 60000 })
  return String(new URL(page.url()).pathname.split('/').pop())
}

beforeAll(async () => {
  browser = await launch()
  fixture.service = await pendingChange()
  const guest = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  pages.set('guest', guest)
  pages.set('editor', await adminLogIn(browser, EDITOR))
  pages.set('provider', await adminLogIn(browser, PROVIDER))
  fixture.importId = await uploadedImport(pages.get('editor') as Page)
}, 180_000)

afterAll(async () => {
  const matrix = renderMatrix()
  writeArtifact('admin-a11y.md', matrix)
  console.log(matrix)
  await browser?.close()
})

function renderMatrix(): string {
  const rows = [...found.entries()].map(([key, byLanguage]) => {
    const cells = LANGUAGES.map((l) => {
      const all = byLanguage.get(l)
      if (!all) return '–'
      const serious = all.filter(seriousOrWorse)
      const allowed = serious.filter((f) => allowance(f)).length
      return serious.length === 0 ? '✓' : `${serious.length - allowed} (+${allowed} Payload)`
    })
    return `| ${key} | ${cells.join(' | ')} |`
  })
  const details = [...found.entries()].flatMap(([key, byLanguage]) =>
    [...byLanguage.entries()].flatMap(([l, all]) =>
      all.map((f) => `- ${key} (${l}) ${f.impact} ${f.rule} \`${f.selector}\`${allowance(f) ? ' — allowed (Payload)' : ''}: ${f.help}`),
    ),
  )
  return [
    '# Admin accessibility (axe, WCAG 2.2 A/AA + best practice)',
    '',
    `Views × accounts in German and Arabic at 1280×900; ${Math.round((Date.now() - started) / 1000)} s. ✓ = no serious or critical violation; a number = the plugin's serious/critical violations (+ those allowed as Payload's own); – = not run.`,
    '',
    `| view · account | ${LANGUAGES.join(' | ')} |`,
    `|---|${LANGUAGES.map(() => ':-:').join('|')}|`,
    ...rows,
    '',
    '## Every finding (all impacts; only serious and critical fail the test)',
    '',
    ...(details.length ? details : ['none']),
    '',
    '## Allowed (Payload\'s own interface)',
    '',
    ...(ALLOWED.length ? ALLOWED.map((a) => `- ${a.rule} \`${a.selector.source}\`: ${a.why}`) : ['none']),
    '',
  ].join('\n')
}

/** Opens the view for each of its accounts in the language and keeps what axe finds; returns what fails. */
async function audit(view: View, language: Language): Promise<string[]> {
  const failures: string[] = []
  for (const role of view.roles) {
    const page = pages.get(role) as Page
    await useAdminLanguage(page, language)
    await page.goto(`${BASE_URL}${view.path()}`)
    // Attached, not visible: Payload's upload hides its file input behind the drop zone.
    await page.locator(view.ready).first().waitFor({ state: 'attached', timeout: 30000 })
    // The admin says its language on the document: the audit is of the right one.
    expect(await page.locator('html').getAttribute('lang')).toBe(language)
    const findings = await axeFindings(page)
    const key = `${view.name} · ${role}`
    found.set(key, (found.get(key) ?? new Map<Language, AxeFinding[]>()).set(language, findings))
    for (const f of findings.filter((x) => seriousOrWorse(x) && !allowance(x))) failures.push(`${key} (${language}): ${f.impact} ${f.rule} ${f.selector} — ${f.help}`)
  }
  return failures
}

// One test per view and language, each with its own budget: an admin page can take ten seconds
// on a loaded two-core machine, and axe on a long form as long again.
const AUDIT_MS = 90_000
const CASES = LANGUAGES.flatMap((language) => VIEWS.map((view) => [view.name, language, view] as const))

test.each(CASES)('%s in %s: no serious or critical violation outside the allow-list', async (_name, language, view) => {
  expect(await audit(view, language)).toEqual([])
}, AUDIT_MS)

test('every entry of the allow-list still occurs (none is kept after Payload fixed it)', () => {
  const all = [...found.values()].flatMap((byLanguage) => [...byLanguage.values()].flat())
  expect(ALLOWED.filter((a) => !all.some((f) => f.rule === a.rule && a.selector.test(f.selector))).map((a) => `${a.rule} ${a.selector.source}`)).toEqual([])
})
