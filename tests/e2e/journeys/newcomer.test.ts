import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage, resultCount } from '../helpers/browser'
import { messages } from '../helpers/messages'

/**
 * A newcomer on a phone, in Arabic and in Ukrainian, with and without JavaScript: from the
 * town's home page through a guide page to a service it links, then the directory filtered by
 * the reader's own language and "open now", to a service with a call and a map link. Every
 * step is a click on what the reader sees, found by its accessible name in their language.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())


describe.each([
  ['ar', 'rtl'],
  ['uk', 'ltr'],
] as const)('newcomer in %s', (locale, dir) => {
  const m = messages(locale)

  test.each([true, false])('home → guide → service → directory by language and open now → call and map (JavaScript %s)', async (javaScriptEnabled) => {
    const { page, context, hosts } = await phonePage(browser, { javaScriptEnabled })
    await page.goto(`${BASE_URL}/${locale}/eisenach`)
    expect(await page.getAttribute('html', 'dir')).toBe(dir)

    // Home: the "first steps" section lists the guide's pages.
    await page.getByRole('region', { name: m.Town.guideTitle }).getByRole('link').first().click()
    await page.waitForURL(new RegExp(`/${locale}/eisenach/guide/[a-z0-9-]+`))
    expect(await page.locator('h1').count()).toBe(1)

    // Guide page: the services it recommends.
    const related = page.getByRole('region', { name: m.Guide.relatedServices })
    const serviceTitle = (await related.getByRole('link').first().textContent())?.trim()
    await related.getByRole('link').first().click()
    await page.waitForURL(new RegExp(`/${locale}/eisenach/services/[a-z0-9-]+$`))
    expect((await page.locator('h1').textContent())?.trim()).toBe(serviceTitle)

    // The directory, from the main menu, filtered by the reader's language and "open now".
    await page.getByRole('navigation', { name: m.Nav.mainNavigation }).getByRole('link', { name: m.Directory.title, exact: true }).click()
    await page.waitForURL(new RegExp(`/${locale}/eisenach/services$`))
    const all = await resultCount(page)
    await page.getByText(new RegExp(`^${m.Directory.activeFilters}`)).click()
    await page.getByLabel(m.Directory.language, { exact: true }).selectOption(locale)
    await page.getByLabel(m.Directory.openNow, { exact: true }).check()
    await page.getByRole('search').getByRole('button', { name: m.Directory.submit }).last().click()
    await page.waitForURL((url) => url.searchParams.get('language') === locale && url.searchParams.get('open') === 'now')
    const open = await resultCount(page)
    expect(open).toBeLessThan(all)
    if (open === 0) {
      // Nothing open at this hour (nights, Sundays): the empty result offers to drop "open now".
      await page.getByRole('navigation', { name: m.Directory.activeFilters }).getByRole('link', { name: m.Directory.openNow }).click()
      await page.waitForURL((url) => !url.searchParams.has('open'))
    } else {
      // Every result says it is open now.
      const statuses = await page.locator('.service-card .status-line').allTextContents()
      expect(statuses.every((s) => s.includes(m.Hours.openNow.slice(0, 4)))).toBe(true)
    }
    expect(await resultCount(page)).toBeGreaterThan(0)
    // Every remaining result is offered in the reader's language.
    const languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) as string
    const cardLanguages = await page.locator('.service-card .meta dd').first().textContent()
    expect(cardLanguages?.toLocaleLowerCase(locale)).toContain(languageName.toLocaleLowerCase(locale))

    // A result with a phone number: call it, or find it on a map app.
    const links = await page.locator('.service-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string))
    let found = false
    for (const href of links) {
      await page.goto(`${BASE_URL}${href}`)
      if ((await page.locator('a[href^="tel:"]').count()) > 0 && (await page.locator('a[href^="geo:"]').count()) > 0) {
        found = true
        break
      }
    }
    expect(found).toBe(true)
    expect(await page.locator('a[href^="tel:+49"]').first().isVisible()).toBe(true)
    // The phone's map app (geo: with the place's name) and, for desktops and iPhones, OpenStreetMap's directions.
    expect(await page.locator('a[href^="geo:"]').first().getAttribute('href')).toMatch(/^geo:5\d\.\d+,10\.\d+\?q=5\d\.\d+,10\.\d+\(.+\)$/)
    expect(await page.locator('a[href^="https://www.openstreetmap.org/directions?to="]').count()).toBeGreaterThan(0)
    expect([...hosts].every((h) => h === new URL(BASE_URL).host)).toBe(true)
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
