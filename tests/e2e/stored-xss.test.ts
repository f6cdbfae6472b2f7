import type { Browser, Page } from 'playwright-core'
import { api, apiToken } from './helpers/admin'
import { BASE_URL, launch, phonePage } from './helpers/browser'

/**
 * Stored XSS: an editor saves markup in every text a reader sees (title, summary, rich text,
 * a link), published through the REST API; then the portal pages that show them are opened
 * in Chromium. No script may run (`window.__xss` stays undefined, no dialog opens), the text
 * must appear as text, and the feeds must stay well-formed XML with the markup escaped.
 */
const MARK = `xssprobe${Date.now().toString(36)}`
const PAYLOAD = `${MARK} <script>window.__xss=1</script><img src=x onerror="window.__xss=1;alert(1)">`

const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
          {
            type: 'link',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 3,
            fields: { linkType: 'custom', url: 'javascript:window.__xss=1', newTab: false },
            children: [{ type: 'text', text: `${MARK} link`, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    ],
  },
})

let browser: Browser
let token: string
const created: { collection: string; id: string }[] = []
let newsSlug = ''
let serviceSlug = ''

beforeAll(async () => {
  browser = await launch()
  token = await apiToken('editor@eisenach.example.org')
  const towns = await api(token, 'GET', 'municipalities?where[slug][equals]=eisenach&depth=0')
  const town = (towns.json.docs as { id: string }[])[0]?.id
  const orgs = await api(token, 'GET', 'organizations?where[slug][equals]=vhs-eisenach&depth=0')
  const organization = (orgs.json.docs as { id: string }[])[0]?.id
  const news = await api(token, 'POST', 'news?locale=de', { municipality: town, title: PAYLOAD, lead: PAYLOAD, body: lexical(PAYLOAD), _status: 'published' })
  expect(news.status).toBe(201)
  const service = await api(token, 'POST', 'services?locale=de', {
    municipality: town,
    organization,
    title: PAYLOAD,
    summary: PAYLOAD,
    description: lexical(PAYLOAD),
    _status: 'published',
  })
  expect(service.status).toBe(201)
  for (const [collection, res] of [
    ['news', news],
    ['services', service],
  ] as const) {
    const doc = res.json.doc as { id: string; slug: string }
    created.push({ collection, id: doc.id })
  }
  newsSlug = (news.json.doc as { slug: string }).slug
  serviceSlug = (service.json.doc as { slug: string }).slug
})

afterAll(async () => {
  // Other browser tests count news and services: leave the demo as it was.
  for (const { collection, id } of created) await api(token, 'DELETE', `${collection}/${id}`)
  await browser?.close()
})

/** Opens `path`, lets scripts and image errors settle, and reports whether anything ran. */
async function visit(page: Page, path: string, dialogs: string[], showsMark = true) {
  const res = await page.goto(`${BASE_URL}${path}`)
  expect([path, res?.status()]).toEqual([path, 200])
  await page.waitForLoadState('load')
  await page.waitForTimeout(300)
  expect([path, await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)]).toEqual([path, undefined])
  expect(dialogs).toEqual([])
  // The markup is shown as text, and no element came from it.
  if (showsMark) expect(await page.locator('main').textContent()).toContain(MARK)
  expect(await page.locator('main img[src="x"], main script:not([type="application/ld+json"]):not([src^="/portal/"])').count()).toBe(0)
}

test.each(['de', 'ar'])('no stored script runs on any portal page (%s)', async (locale) => {
  const { page, context } = await phonePage(browser)
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const town = `/${locale}/eisenach`
  // The home page runs no stored script (it may or may not show the newest news).
  await visit(page, town, dialogs, false)
  for (const path of [
    `${town}/news`,
    `${town}/news/${newsSlug}`,
    `${town}/search?q=${MARK}`,
    `${town}/services?q=${MARK}`,
    `${town}/services/${serviceSlug}`,
    `${town}/organizations/vhs-eisenach`,
  ])
    await visit(page, path, dialogs)
  // A javascript: link in rich text must not run when clicked.
  await page.goto(`${BASE_URL}${town}/news/${newsSlug}`)
  const link = page.getByRole('link', { name: `${MARK} link` })
  if ((await link.count()) > 0) {
    await link.click({ noWaitAfter: true }).catch(() => undefined)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
  }
  expect(dialogs).toEqual([])

  // The feeds: well-formed XML whose item title is the raw text, escaped.
  for (const feed of ['feed.xml', 'feed.atom']) {
    const xml = await (await page.request.get(`${BASE_URL}${town}/news/${feed}`)).text()
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<img')
    const parsed = await page.evaluate(
      ([text, mark]) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        const titles = [...doc.querySelectorAll('item > title, entry > title')].map((t) => t.textContent ?? '')
        return { error: doc.querySelector('parsererror')?.textContent ?? null, title: titles.find((t) => t.startsWith(mark)) ?? null }
      },
      [xml, MARK] as const,
    )
    expect(parsed).toEqual({ error: null, title: PAYLOAD })
  }
  await context.close()
})
