#!/usr/bin/env node
// Lighthouse scores (mobile profile: simulated slow 4G and a 4× slower CPU) for every portal
// page type in de and ar, with Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
// About 15–25 s a page on 2 cores. Usage: node bench/lighthouse.mjs (BENCH_URL=… uses a running server).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { LOCALES, pageTypes, runAlone, table } from './lib/portal.mjs'

export const TARGET = { performance: 98, accessibility: 100 }

const score = (lhr, category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)

export async function run(base) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const rows = []
  let misses = 0
  let version = ''
  try {
    for (const locale of LOCALES) {
      for (const [type, pagePath] of Object.entries(await pageTypes(base, locale))) {
        const { lhr } = await lighthouse(base + pagePath, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'] })
        version = lhr.lighthouseVersion
        const perf = score(lhr, 'performance')
        const a11y = score(lhr, 'accessibility')
        const ok = perf >= TARGET.performance && a11y >= TARGET.accessibility
        if (!ok) misses++
        const audit = (id) => lhr.audits[id]?.displayValue ?? '–'
        // The failing accessibility audits, so that a score below 100 says what to fix.
        const failed = Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id)
        rows.push([`${type} (${locale})`, `${perf}`, `${a11y}`, audit('first-contentful-paint'), audit('largest-contentful-paint'), audit('total-blocking-time'), audit('cumulative-layout-shift'), `${ok ? '✓' : '✗'}${failed.length ? ` ${failed.join(', ')}` : ''}`])
        console.error(`  lighthouse ${pagePath}: ${perf} / ${a11y}`)
      }
    }
  } finally {
    await chrome.kill()
  }
  const md = `## Lighthouse (mobile profile)

Lighthouse ${version} with Debian's chromium, default mobile profile (simulated slow 4G, 4× CPU slowdown),
against the app server (\`npm start\`, web/server.mjs) directly. Target: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}.
Reference: a public Payload + Next.js starter site scores 86–88 for performance.

${table(['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'check'], rows)}
`
  return { md, problems: misses }
}

await runAlone(import.meta.url, run, { benchTown: false })
