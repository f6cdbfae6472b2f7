import type { Browser, Page } from 'playwright-core'
import { ar as payloadAr } from '@payloadcms/translations/languages/ar'
import { de as payloadDe } from '@payloadcms/translations/languages/de'
import { en, type PortalKey } from '@cms/i18n/en'
import { PORTAL_TRANSLATIONS } from '@cms/i18n/index'
import { adminSession } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/**
 * An editor and a provider who work in German or Arabic see the plugin's words in their
 * language: no visible text on the dashboard, the services list, a service and the account page
 * is one of the plugin's English texts (those the language writes alike, and words under three
 * letters, aside).
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const ACCOUNTS = ['editor@eisenach.example.org', 'provider@vhs-eisenach.example.org']
const LANGUAGES = ['de', 'ar'] as const

/** Every word of Payload's own interface in a language (e.g. German "Status" for its draft column). */
function payloadWords(language: (typeof LANGUAGES)[number]): Set<string> {
  const words = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') words.add(value.trim())
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  collect({ de: payloadDe, ar: payloadAr }[language].translations)
  return words
}

/**
 * The plugin's English texts that must not show in `language` (placeholders cannot match whole
 * texts anyway): not those the language writes alike, nor those that are also Payload's own word
 * in that language.
 */
function englishOnly(language: (typeof LANGUAGES)[number]): Map<string, PortalKey> {
  const own = PORTAL_TRANSLATIONS[language]
  const payloads = payloadWords(language)
  const keys = Object.keys(en).filter((k): k is PortalKey => k in own)
  return new Map(keys.filter((k) => en[k] !== own[k] && !payloads.has(en[k].trim()) && en[k].replace(/[^\p{L}]/gu, '').length >= 3).map((k) => [en[k].trim(), k]))
}

/** Every visible text node of the page, trimmed. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      if (text && node.parentElement?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) texts.push(text)
    }
    return texts
  })
}

/** Switches the admin to `language` the way Payload remembers a choice: its language cookie. */
async function useLanguage(page: Page, language: string) {
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: BASE_URL }])
}

/** The views to read, each opened and waited for until its content is there. */
const VIEWS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'dashboard',
    open: async (page) => {
      await page.goto(`${BASE_URL}/admin`)
      await page.waitForSelector('a[href="/admin/collections/services"]', { timeout: 30000 })
    },
  },
  {
    name: 'services list',
    open: async (page) => {
      await page.goto(`${BASE_URL}/admin/collections/services`)
      await page.waitForSelector('table tbody tr a', { timeout: 30000 })
    },
  },
  {
    name: 'service',
    open: async (page) => {
      // A seeded service of the VHS (both accounts may edit it), not whichever other browser
      // tests left first in the list.
      const first = async (query: string) => ((await (await fetch(`${BASE_URL}/api/${query}&depth=0&limit=1`)).json()) as { docs: { id: string }[] }).docs[0]?.id
      const vhs = await first('organizations?where[slug][equals]=vhs-eisenach')
      const id = await first(`services?where[slug][equals]=integrationskurs&where[organization][equals]=${vhs}`)
      await page.goto(`${BASE_URL}/admin/collections/services/${id}`)
      await page.waitForSelector('form input[name="title"]', { timeout: 30000 })
    },
  },
  {
    name: 'account',
    open: async (page) => {
      await page.goto(`${BASE_URL}/admin/account`)
      await page.waitForSelector('form input[name="email"]', { timeout: 30000 })
    },
  },
]

describe.each(ACCOUNTS)('%s', (email) => {
  test.each(LANGUAGES)('sees the plugin in %s', async (language) => {
    const page = await adminSession(browser, email)
    await useLanguage(page, language)
    const english = englishOnly(language)
    const found: string[] = []
    for (const view of VIEWS) {
      await view.open(page)
      await page.waitForLoadState('networkidle')
      // The admin really is in that language: Payload writes it on the document.
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      const before = found.length
      for (const text of await visibleTexts(page)) {
        const key = english.get(text)
        if (key) found.push(`${view.name}: "${text}" (${key})`)
      }
      // Where the English showed, for whoever reads the failure.
      if (found.length > before) await page.screenshot({ path: `tests/.artifacts/admin-language-${email.split('@')[0]}-${language}-${view.name.replace(/\W+/g, '-')}.png`, fullPage: true })
    }
    expect(found).toEqual([])
    await page.context().close()
  })
})
