import type { Browser, Page } from 'playwright-core'
import { contrastRatio } from '@shared/color'
import { BASE_URL, launch, phonePage, resultCount } from './helpers/browser'
import { messages } from './helpers/messages'

/**
 * The directory filters with the keyboard only: Tab and Shift+Tab through the form, Enter or
 * Space to open the filters, arrows in the selects, Space on a checkbox, Enter to submit.
 * Every stop must show a visible focus indicator (`:focus-visible` with an outline) with a
 * part of at least 3:1 contrast against the background behind it (WCAG 1.4.11).
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

interface Focused {
  id: string
  tag: string
  text: string
  focusVisible: boolean
  outline: string
  /** The indicator's colours (outline, box-shadow ring) and the background behind the element, as hex. */
  indicatorColors: string[]
  background: string
}

/** What has the focus, and how it shows: `:focus-visible`, its outline and ring colours, the background. */
const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : ''
    const ring = style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []
    // The first opaque background around the element (the indicator is drawn outside it).
    let bg = 'rgb(255, 255, 255)'
    for (let node = el.parentElement; node; node = node.parentElement) {
      const c = getComputedStyle(node).backgroundColor
      if (!/rgba\(.*,\s*0\)|transparent/.test(c)) {
        bg = c
        break
      }
    }
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      focusVisible: el.matches(':focus-visible'),
      outline,
      indicatorColors: [style.outlineColor, ...ring].map(hex),
      background: hex(bg),
    }
  })

/** The best contrast of any part of the focus indicator against its background. */
const indicatorContrast = (f: Focused) => Math.max(...f.indicatorColors.map((c) => contrastRatio(c, f.background) ?? 0))

/** Tabs (or Shift+Tabs) until `match` has the focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, match: (f: Focused) => boolean, key = 'Tab', limit = 40): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    const f = await focused(page)
    expect([f.tag, f.id, f.focusVisible, f.outline !== '', indicatorContrast(f) >= 3]).toEqual([f.tag, f.id, true, true, true])
    if (match(f)) return f
  }
  throw new Error(`focus never reached the element after ${limit} × ${key}`)
}

test.each(['en', 'ar'])('keyboard-only walk through the directory filters (%s)', async (locale) => {
  const m = messages(locale)
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/${locale}/eisenach/services`)
  const all = await resultCount(page)

  await tabTo(page, (f) => f.id === 'f-q')
  await page.keyboard.type('Beratung')
  // The filters are folded (<details>): the summary opens with Enter.
  await tabTo(page, (f) => f.tag === 'summary')
  await page.keyboard.press('Enter')
  expect(await page.locator('details.filters').getAttribute('open')).not.toBeNull()
  // Space closes and opens it again, like any button.
  await page.keyboard.press('Space')
  expect(await page.locator('details.filters').getAttribute('open')).toBeNull()
  await page.keyboard.press('Space')
  expect(await page.locator('details.filters').getAttribute('open')).not.toBeNull()

  await tabTo(page, (f) => f.id === 'f-topic')
  await page.keyboard.press('ArrowDown')
  const topic = await page.locator('#f-topic').inputValue()
  expect(topic).not.toBe('')
  await tabTo(page, (f) => f.id === 'f-language')
  await page.keyboard.press('ArrowDown')
  const language = await page.locator('#f-language').inputValue()
  expect(language).not.toBe('')
  // Back with Shift+Tab to the topic and forward again: the order is the visual order.
  await tabTo(page, (f) => f.id === 'f-topic', 'Shift+Tab', 3)
  await tabTo(page, (f) => f.id === 'f-language', 'Tab', 3)
  await tabTo(page, (f) => f.id === 'f-open')
  await page.keyboard.press('Space')
  expect(await page.locator('#f-open').isChecked()).toBe(true)
  await page.keyboard.press('Space')
  expect(await page.locator('#f-open').isChecked()).toBe(false)
  await tabTo(page, (f) => f.id === 'f-cost', 'Shift+Tab', 3)
  await page.keyboard.press('Space')

  // The filter form's own submit button, then Enter.
  await tabTo(page, (f) => f.tag === 'button' && f.text === m.Directory.submit)
  await Promise.all([page.waitForURL(/language=/), page.keyboard.press('Enter')])
  const url = new URL(page.url())
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: 'Beratung', topic, language, cost: 'free' })
  expect(await resultCount(page)).toBeLessThan(all)

  // From the results, the first filter chip (a link that removes a filter) is reachable too.
  await tabTo(page, (f) => f.tag === 'a' && f.text.includes('Beratung'))
  await Promise.all([page.waitForURL((u) => !u.searchParams.has('q')), page.keyboard.press('Enter')])
  await context.close()
})
