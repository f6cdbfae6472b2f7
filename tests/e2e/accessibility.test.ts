import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const localHost = new URL(BASE_URL).host

describe('accessibility statement (BITV 2.0)', () => {
  test('German: the model statement’s sections, the town’s contact and the enforcement body', async () => {
    const { page, context, hosts } = await phonePage(browser)
    await page.goto(`${BASE_URL}/de/eisenach`)
    await page.locator('.site-footer a', { hasText: 'Barrierefreiheit' }).click()
    await page.waitForURL(`${BASE_URL}/de/eisenach/accessibility`)
    expect(await page.locator('h1').textContent()).toBe('Erklärung zur Barrierefreiheit')
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Stand der Vereinbarkeit mit den Anforderungen',
      'Nicht barrierefreie Inhalte',
      'Erstellung dieser Erklärung',
      'Barrieren melden: Kontakt und Feedback',
      'Schlichtungsverfahren',
    ])
    const main = page.locator('main')
    expect(await main.textContent()).toContain('teilweise vereinbar')
    expect(await main.textContent()).toContain('Ältere PDF-Dokumente')
    expect(await main.textContent()).toContain('Selbstbewertung')
    // The statement's contact: the town's integration office, with a button to the form.
    const feedback = page.locator('section[aria-labelledby="feedback"]')
    expect(await feedback.locator('a[href="mailto:integration@eisenach.example.org"]').count()).toBe(1)
    expect(await feedback.locator('a[href="/de/eisenach/accessibility/feedback"]').count()).toBe(1)
    expect(await page.locator('section[aria-labelledby="enforcement"]').textContent()).toContain('Landesdurchsetzungsstelle')
    expect([...hosts].every((h) => h === localHost)).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('Arabic: right-to-left, German names keep their language, no axe violation', async () => {
    const { page, context } = await phonePage(browser)
    const res = await page.goto(`${BASE_URL}/ar/eisenach/accessibility`)
    expect(res?.status()).toBe(200)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.locator('h1').textContent()).toBe('بيان إمكانية الوصول')
    expect(await page.locator('section[aria-labelledby="enforcement"] bdi[lang="de"]').first().textContent()).toContain('Landesdurchsetzungsstelle')
    // The list of barriers exists only in German and English: the English one, marked and announced.
    expect(await page.locator('section[aria-labelledby="non-accessible"] [lang="en"]').count()).toBe(1)
    expect(await page.locator('section[aria-labelledby="non-accessible"] .fallback-notice').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe('reporting a barrier', () => {
  test('without JavaScript: an error keeps the input, then the report is sent and thanked for', async () => {
    const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
    await page.goto(`${BASE_URL}/de/eisenach/services`)
    await page.locator('.site-footer a', { hasText: 'Barriere melden' }).click()
    await page.waitForURL(/\/de\/eisenach\/accessibility\/feedback\?page=/)
    // The footer link says which page the reader came from.
    expect(await page.inputValue('#fb-pageUrl')).toBe('/de/eisenach/services')

    await page.fill('#fb-name', 'Amal')
    await page.fill('#fb-email', 'amal@')
    await page.locator('form.feedback-form button[type="submit"]').click()
    await page.waitForLoadState()
    const summary = page.locator('.error-summary')
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Bitte beschreiben Sie die Barriere.',
      'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.org.',
    ])
    expect(await page.getAttribute('#fb-description', 'aria-invalid')).toBe('true')
    expect(await page.getAttribute('#fb-description', 'aria-describedby')).toContain('fb-description-error')
    expect(await page.inputValue('#fb-name')).toBe('Amal')
    expect(await page.inputValue('#fb-pageUrl')).toBe('/de/eisenach/services')

    await page.fill('#fb-email', 'amal@example.org')
    await page.fill('#fb-description', 'Der Filter „Sprache“ lässt sich mit dem Screenreader nicht bedienen.')
    await page.locator('form.feedback-form button[type="submit"]').click()
    await page.waitForURL(`${BASE_URL}/de/eisenach/accessibility/feedback?sent=1`)
    expect(await page.locator('h1').textContent()).toBe('Vielen Dank für Ihre Meldung')
    await context.close()
  })

  test('with JavaScript, in Arabic: messages in Arabic, and no axe violation with errors shown', async () => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/ar/eisenach/accessibility/feedback`)
    expect(await axeViolations(page)).toEqual([])
    await page.locator('form.feedback-form button[type="submit"]').click()
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('يرجى وصف العائق.')
    // Focus moves to the summary, so a screen reader reads the problem at once.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe('the home page’s easy-German and sign-language place', () => {
  test.each(['de', 'ar'])('%s: a labelled section with the easy-German text in German, no video without one', async (locale) => {
    const { page, context } = await phonePage(browser)
    await page.goto(`${BASE_URL}/${locale}/eisenach`)
    const section = page.locator('section[aria-labelledby="easy-access"]')
    expect(await section.locator('h2').count()).toBe(1)
    const text = section.locator('.easy-german [lang="de"]')
    expect(await text.isVisible()).toBe(false)
    await section.locator('.easy-german summary').click()
    expect(await text.isVisible()).toBe(true)
    expect(await text.textContent()).toContain('Auf dieser Internet-Seite finden Sie Hilfe in Eisenach.')
    // The demo has no sign-language video: no empty player either.
    expect(await section.locator('video').count()).toBe(0)
    expect(await section.locator(`a[href="/${locale}/eisenach/accessibility"]`).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
