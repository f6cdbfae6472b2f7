import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

test('find an event in Persian, open it and add it to the calendar: the .ics parses', async () => {
  const { page, context, hosts } = await phonePage(browser)
  await page.goto(`${BASE_URL}/fa/eisenach/events`)
  expect(await page.getAttribute('html', 'dir')).toBe('rtl')
  expect(await page.locator('.event-card').count()).toBeGreaterThan(3)
  expect(await axeViolations(page)).toEqual([])
  await page.goto(`${BASE_URL}/fa/eisenach/events/interkulturelles-frauenfruehstueck`)
  const title = (await page.locator('h1').textContent())?.trim()
  const when = await page.locator('.facts time').first().getAttribute('datetime')
  expect(await axeViolations(page)).toEqual([])
  const link = page.locator('a[href$="/calendar.ics"]').first()
  const response = await page.request.get(new URL((await link.getAttribute('href')) as string, BASE_URL).toString())
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/)
  const [event] = parseCalendar(await response.text())
  expect(event?.summary).toBe(title)
  expect(event?.isRecurring()).toBe(true)
  // The calendar app's expansion gives the date the page shows as the next one.
  const iterator = event!.iterator()
  let next = iterator.next()
  // The page lists dates that have not ended yet (an ongoing one included).
  const duration = event!.duration.toSeconds() * 1000
  while (next && next.toJSDate().getTime() + duration <= Date.now()) next = iterator.next()
  expect(next?.toJSDate().toISOString()).toBe(new Date(when as string).toISOString())
  expect([...hosts].every((h) => h === new URL(BASE_URL).host)).toBe(true)
  await context.close()
})

test('filter events by category without JavaScript; the subscribable feed keeps the filter', async () => {
  const { page, context } = await phonePage(browser, { javaScriptEnabled: false })
  await page.goto(`${BASE_URL}/de/eisenach/events`)
  await page.locator('.search-form summary').click()
  await page.selectOption('#f-category', 'women')
  await page.locator('.search-form button[type="submit"]').click()
  await page.waitForURL(/category=women/)
  const tags = await page.locator('.event-card .tag').allTextContents()
  expect(tags.length).toBeGreaterThan(0)
  expect(new Set(tags)).toEqual(new Set(['Für Frauen']))
  const feed = await page.locator('a[type="text/calendar"]').getAttribute('href')
  expect(feed).toContain('category=women')
  const events = parseCalendar(await (await page.request.get(new URL(feed as string, BASE_URL).toString())).text())
  expect(events.length).toBeGreaterThan(0)
  expect(events.map((e) => e.summary)).toContain('Interkulturelles Frauenfrühstück')
  expect(events.map((e) => e.summary)).not.toContain('Sprachcafé')
  await context.close()
})

test('week and month views are accessible; a cancelled event is marked', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/ar/eisenach/events?view=week`)
  expect(await page.locator('.day').count()).toBe(7)
  expect(await axeViolations(page)).toEqual([])
  await page.goto(`${BASE_URL}/de/eisenach/events?view=month`)
  expect(await page.locator('.month-grid th[scope="col"]').count()).toBe(7)
  expect(await axeViolations(page)).toEqual([])
  await page.locator('a[rel="next"]').first().click()
  await page.waitForURL(/view=month&from=/)
  await page.goto(`${BASE_URL}/de/eisenach/events/infoabend-wohnungssuche`)
  expect(await page.locator('.notice').first().textContent()).toContain('abgesagt')
  await context.close()
})

test('site search finds guide pages, services and events in any language', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/ar/eisenach/search`)
  await page.fill('#site-q', 'Frühstück')
  await page.locator('form[role="search"] button').click()
  await page.waitForURL(/search\?q=/)
  expect(await page.locator('#r-events').count()).toBe(1)
  expect(await page.locator('section[aria-labelledby="r-events"] a[href*="/events/interkulturelles-frauenfruehstueck"]').count()).toBe(1)
  expect(await axeViolations(page)).toEqual([])
  await page.goto(`${BASE_URL}/de/eisenach/search?q=krankenversicherung`)
  expect(await page.locator('#r-guide').count()).toBe(1)
  expect(await page.locator('#r-services').count()).toBe(1)
  await page.goto(`${BASE_URL}/de/eisenach/search?q=xyzzyqwv`)
  expect(await page.locator('.result-count').textContent()).toContain('Nichts gefunden')
  await context.close()
})

test('an unreviewed machine translation says so; the Atom feed of the news is valid XML', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/tr/eisenach/events/sprachcafe-kulturbruecke`)
  expect(await page.locator('.machine-notice').count()).toBe(1)
  await page.goto(`${BASE_URL}/de/eisenach/events/sprachcafe-kulturbruecke`)
  expect(await page.locator('.machine-notice').count()).toBe(0)
  const atom = await page.request.get(`${BASE_URL}/uk/eisenach/news/feed.atom`)
  expect(atom.headers()['content-type']).toMatch(/^application\/atom\+xml/)
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    return { error: doc.querySelector('parsererror') !== null, entries: doc.getElementsByTagName('entry').length, lang: doc.documentElement.getAttribute('xml:lang') }
  }, await atom.text())
  expect(parsed).toEqual({ error: false, entries: expect.any(Number), lang: 'uk' })
  expect(parsed.entries).toBeGreaterThan(0)
  await context.close()
})
