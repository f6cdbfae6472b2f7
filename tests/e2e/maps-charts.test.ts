import type { Browser } from 'playwright-core'
import { DEMO_INDICATORS } from '@cms/seed/demoPlan'
import { type Box, boxesOverlap, circleHitsBox, type Segment, segmentHitsBox } from '@shared/labelPlacement'
import { BASE_URL, launch, phonePage } from './helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

interface DrawnChart {
  width: number
  height: number
  labels: (Box & { text: string })[]
  years: Box[]
  segments: Segment[]
  circles: { x: number; y: number; r: number }[]
}

/** Shrinks a box a little: anti-aliased glyph edges may touch a line by a fraction of a unit. */
const inset = (b: Box, by = 0.5): Box => ({ x: b.x + by, y: b.y + by, width: b.width - 2 * by, height: b.height - 2 * by })

test('indicator charts at 360 px, German and Arabic: labels clear of lines, markers and each other, all years visible, no page overflow', async () => {
  const { page, context } = await phonePage(browser, { viewport: { width: 360, height: 800 } })
  for (const locale of ['de', 'ar']) {
    for (const indicator of DEMO_INDICATORS) {
      await page.goto(`${BASE_URL}/${locale}/eisenach/plan/indicators/${indicator.slug}`)
      const charts = await page.$$eval('.chart svg', (svgs) =>
        svgs.map((svg): DrawnChart => {
          const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(' ').map(Number)
          const box = (t: SVGGraphicsElement) => {
            const b = t.getBBox()
            return { x: b.x, y: b.y, width: b.width, height: b.height }
          }
          const segments = [...svg.querySelectorAll('.chart-series path')].flatMap((p) => {
            const pts = (p.getAttribute('d') ?? '').split(/[ML]\s*/).filter(Boolean).map((s) => s.split(',').map(Number))
            return pts.slice(1).map((q, i) => ({ x1: pts[i]?.[0] ?? 0, y1: pts[i]?.[1] ?? 0, x2: q[0] ?? 0, y2: q[1] ?? 0 }))
          })
          for (const l of svg.querySelectorAll('.chart-target line')) {
            segments.push({ x1: Number(l.getAttribute('x1')), y1: Number(l.getAttribute('y1')), x2: Number(l.getAttribute('x2')), y2: Number(l.getAttribute('y2')) })
          }
          return {
            width: width ?? 0,
            height: height ?? 0,
            labels: [...svg.querySelectorAll<SVGTextElement>('.chart-label, .chart-target-label')].map((t) => ({ ...box(t), text: t.textContent ?? '' })),
            years: [...svg.querySelectorAll<SVGTextElement>('.chart-axis')].map(box),
            segments,
            circles: [...svg.querySelectorAll('.chart-series circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) })),
          }
        }),
      )
      expect(charts.length).toBeGreaterThan(0)
      for (const chart of charts) {
        const where = `${locale} ${indicator.slug}`
        for (const label of chart.labels) {
          const b = inset(label)
          expect([where, label.text, chart.segments.filter((s) => segmentHitsBox(s, b))]).toEqual([where, label.text, []])
          expect([where, label.text, chart.circles.filter((c) => circleHitsBox(c, b))]).toEqual([where, label.text, []])
          expect([where, label.text, chart.labels.filter((o) => o !== label && boxesOverlap(b, inset(o))).map((o) => o.text)]).toEqual([where, label.text, []])
        }
        for (const b of [...chart.labels, ...chart.years]) {
          expect(b.x).toBeGreaterThanOrEqual(0)
          expect(b.x + b.width).toBeLessThanOrEqual(chart.width)
          expect(b.y).toBeGreaterThanOrEqual(0)
          expect(b.y + b.height).toBeLessThanOrEqual(chart.height)
        }
      }
      // Wide tables scroll inside their box; the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
  }
  await context.close()
}, 240000)

test('the results map on a phone: each number once, markers apart and big enough, a scale and a key', async () => {
  const { page, context, hosts } = await phonePage(browser)
  for (const locale of ['de', 'ar']) {
    await page.goto(`${BASE_URL}/${locale}/eisenach/services`)
    const map = page.locator('.results-map')
    const numbers = await map.locator('[data-number]').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')))
    const clustered = await map.locator('[data-numbers]').evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-numbers') ?? '').split(', ')))
    const all = [...numbers, ...clustered]
    expect(all.length).toBeGreaterThan(0)
    expect(new Set(all).size).toBe(all.length)
    const markers = await map.locator('.map-point circle').evaluateAll((els) =>
      els.map((c) => {
        const r = c.getBoundingClientRect()
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, d: r.width }
      }),
    )
    for (const m of markers) expect(m.d).toBeGreaterThanOrEqual(24) // CSS pixels on a 390 px screen
    for (const a of markers) for (const b of markers) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual((a.d + b.d) / 2)
    // The distance in the reader's words and digits (web/lib/format.ts `formatDistance`).
    expect(await map.locator('.map-scale text').textContent()).toMatch(locale === 'de' ? /^\d+ (m|km)$/ : /^\d+ (م|كم)$/)
    expect(await map.locator('.map-key li').count()).toBe(all.length)
    expect(await map.locator('.map-key').textContent()).toMatch(locale === 'de' ? /Veranschaulichung/ : /للتوضيح/)
  }
  expect([...hosts].every((h) => h === new URL(BASE_URL).host)).toBe(true)
  await context.close()
}, 120000)

test('a place offers directions on OpenStreetMap and in the phone’s maps app, in the reader’s language', async () => {
  const { page, context } = await phonePage(browser)
  await page.goto(`${BASE_URL}/en/eisenach/services`)
  const href = await page.locator('.map-key a').first().getAttribute('href')
  await page.goto(`${BASE_URL}${href}`)
  const osm = page.getByRole('link', { name: 'Directions on OpenStreetMap' }).first()
  expect(await osm.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?to=\d+\.\d+%2C\d+\.\d+#map=17\//)
  const geo = page.getByRole('link', { name: 'Open in map app' }).first()
  expect(await geo.getAttribute('href')).toMatch(/^geo:\d+\.\d+,\d+\.\d+\?q=\d+\.\d+,\d+\.\d+\(.+\)$/)
  await context.close()
}, 60000)
