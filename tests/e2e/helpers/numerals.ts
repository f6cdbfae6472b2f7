import type { Page } from 'playwright-core'

/**
 * Two checks of how a page shows numbers, run by the browser sweeps on every page they visit
 * (a11y-matrix.test.ts on every page type × locale, numbers.test.ts on the pages with tables).
 */

/**
 * The numbers, years, times and dates in table cells that the browser broke across lines ("20" /
 * "18"), as `cell text: token`. A token is a run of digits with the separators inside a number,
 * a time or a date (1.234,5 · ۱۲٬۰۰۰ · 18:00 · 2026-12-05); each is measured with a Range, whose
 * client rectangles lie on more than one line when it wraps. Empty when none does.
 */
export function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOKEN = /\p{Nd}+(?:[.,:/\-\u066B\u066C\u00A0\u202F]\p{Nd}+)*/gu
    const broken: string[] = []
    for (const cell of document.querySelectorAll('td, th')) {
      // Only what a reader sees: a visually hidden caption or a collapsed row has no lines.
      if (!(cell as HTMLElement).offsetParent && getComputedStyle(cell).position !== 'fixed') continue
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const m of text.matchAll(TOKEN)) {
          if (m[0].length < 2) continue
          const range = document.createRange()
          range.setStart(node, m.index ?? 0)
          range.setEnd(node, (m.index ?? 0) + m[0].length)
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          if (lines.size > 1) broken.push(`${cell.textContent?.trim().slice(0, 60)}: ${m[0]}`)
        }
      }
    }
    return [...new Set(broken)]
  })
}

/**
 * Where a page in a language with its own digits (Persian, Pashto) shows Latin digits in text
 * of its own language: chart labels, table cells, dates (`<time>`), counts, progress, opening
 * times and big numbers. Text marked as another language (a German name, a fallback) is left out, and so are
 * what must stay as written to be dialled or matched: phone links, addresses, postcodes, codes and
 * references set left to right (`bdi[dir=ltr]`, `code`).
 */
export function latinDigits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang
    const WHERE = 'svg text, td, th, time, caption, figcaption, .count, .result-count, .big-number, .progress-label, .status-counts, .bar-value, .badge, .card-kicker, .meta dd, .facts dd, h1, h2'
    const KEEP = 'a[href^="tel:"], address, .address, .postcode, code, bdi[dir="ltr"], [translate="no"], input, script, style'
    const found: string[] = []
    for (const el of document.querySelectorAll(WHERE)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        const text = node.textContent ?? ''
        // Digits that belong to a Latin name or code stay as written: "B1", "HSDS 3.0".
        const numbers = [...text.matchAll(/[0-9]+(?:[.,:][0-9]+)*/g)].filter((m) => !/[A-Za-z]\s?$/.test(text.slice(0, m.index)) && !/^[A-Za-z]/.test(text.slice((m.index ?? 0) + m[0].length)))
        if (!parent || !numbers.length) continue
        if (parent.closest(KEEP) || parent.closest('[lang]')?.getAttribute('lang') !== lang) continue
        found.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}: ${(node.textContent ?? '').trim().slice(0, 60)}`)
      }
    }
    return [...new Set(found)]
  })
}

/** Whether Intl writes this locale's numbers in digits other than 0–9 (Persian and Pashto: ۰–۹). */
export const hasOwnDigits = (locale: string) => new Intl.NumberFormat(locale).resolvedOptions().numberingSystem !== 'latn'
