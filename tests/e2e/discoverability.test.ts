import type { Browser } from 'playwright-core'
import { axeViolations, BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const parse = (page: import('playwright-core').Page, xml: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const all = (tag: string) => [...doc.getElementsByTagNameNS('*', tag)]
    return {
      error: doc.querySelector('parsererror') !== null,
      locs: all('loc').map((l) => l.textContent ?? ''),
      alternates: all('link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    }
  }, xml)

test('sitemaps list every public page in every language with hreflang alternates; robots.txt points to them', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/de/eisenach`)
  const robots = await (await page.request.get(`${BASE_URL}/robots.txt`)).text()
  expect(robots).toMatch(/Disallow: \/admin/)
  const sitemapURL = /Sitemap: (\S+)/.exec(robots)?.[1] as string
  const index = await parse(page, await (await page.request.get(sitemapURL)).text())
  expect(index.error).toBe(false)
  const town = index.locs.find((l) => l.endsWith('/sitemaps/eisenach.xml')) as string
  expect(town).toBeTruthy()
  const map = await parse(page, await (await page.request.get(town)).text())
  expect(map.error).toBe(false)
  const paths = map.locs.map((l) => new URL(l).pathname)
  expect(paths).toContain('/ar/eisenach/services/migrationsberatung-erwachsene')
  expect(paths).toContain('/uk/eisenach/plan/measures/interkulturelles-frauenfruehstueck')
  expect(paths.filter((p) => p.endsWith('/eisenach/events'))).toHaveLength(12)
  expect(map.alternates.some(([lang]) => lang === 'x-default')).toBe(true)
  // Every listed page exists.
  for (const p of paths.filter((_, i) => i % 97 === 0)) expect((await page.request.get(`${BASE_URL}${p}`)).status()).toBe(200)
  await context.close()
})

test('link previews: Open Graph and Twitter tags in the page’s language; the open-data page is accessible', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/ar/eisenach/events/interkulturelles-frauenfruehstueck`)
  const og = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content')
  expect(await og('og:title')).toContain('فطور')
  expect(await og('og:locale')).toBe('ar')
  expect(await og('og:url')).toMatch(/^https?:\/\/.+\/ar\/eisenach\/events\/interkulturelles-frauenfruehstueck$/)
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary')
  await page.goto(`${BASE_URL}/ar/eisenach/open-data`)
  expect(await page.locator('a[rel="license"]').count()).toBe(1)
  expect(await axeViolations(page)).toEqual([])
  for (const href of await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string))) {
    expect([href, (await page.request.get(`${BASE_URL}${href}`)).status()]).toEqual([href, 200])
  }
  await context.close()
})
