import type { Page } from 'playwright-core'

/** The phone widths every page must fit: the smallest phones in use, a common Android, an iPhone. */
export const PHONE_WIDTHS = [320, 360, 390] as const

/**
 * Whether the page scrolls sideways at its current width, and if so which elements stick out:
 * the innermost elements whose box passes the viewport's right edge (or its left edge, on a
 * right-to-left page), skipping what a scrolling or clipping box around it holds in (a table
 * in `overflow-x: auto` scrolls inside its box, not the page). Empty when the page fits.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement
    if (root.scrollWidth <= window.innerWidth) return []
    const width = root.clientWidth
    const sticksOut = (el: Element) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)
    }
    const heldIn = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible' && !sticksOut(up)) return true
      }
      return false
    }
    const describe = (el: Element) => {
      const part = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`
      const parent = el.parentElement && el.parentElement !== document.body ? `${part(el.parentElement)} > ` : ''
      const box = el.getBoundingClientRect()
      return `${parent}${part(el)} (${Math.round(box.left)}–${Math.round(box.right)} px)`
    }
    const offending = [...document.body.querySelectorAll('*')].filter((el) => sticksOut(el) && !heldIn(el))
    const innermost = offending.filter((el) => !offending.some((other) => other !== el && el.contains(other)))
    if (innermost.length) return [...new Set(innermost.map(describe))].slice(0, 3)
    // No box sticks out, so some content overflows a box that fits (a long word in a flex item).
    const spilling = [...document.body.querySelectorAll('*')].filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === 'visible' && !heldIn(el))
    const deepest = spilling.filter((el) => !spilling.some((other) => other !== el && el.contains(other)))
    if (deepest.length) return [...new Set(deepest.map((el) => `${describe(el)} spills its content`))].slice(0, 3)
    return [`scrollWidth ${root.scrollWidth} > ${window.innerWidth}`]
  })
}

/**
 * `sidewaysOverflow` at each phone width, the page resized (not reloaded); back to `restore`
 * after. Every `<details>` is opened first: what a reader can unfold (the filter panel, the
 * language list) must fit too, not only the page as it loads.
 */
export async function overflowAtPhoneWidths(page: Page, restore: { width: number; height: number }): Promise<Map<number, string[]>> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')))
  const byWidth = new Map<number, string[]>()
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: restore.height })
    const found = await sidewaysOverflow(page)
    if (found.length) byWidth.set(width, found)
  }
  // The last width is usually the one to go back to (the phone viewport): then nothing to do.
  const now = page.viewportSize()
  if (now?.width !== restore.width || now.height !== restore.height) await page.setViewportSize(restore)
  return byWidth
}
