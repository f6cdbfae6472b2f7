#!/usr/bin/env node
// `npm run screenshots`: every page type × locale of the portal at 360 px and 1280 px (full page)
// into screenshots/<date>/<pageType>/<locale>-<width>.png, plus an index.html that shows them
// all in one grid, so a person can review the whole portal in minutes.
//
// It builds nothing. It takes the portal at SCREENSHOT_BASE_URL (default http://localhost:3000);
// when nothing answers there and SCREENSHOT_BASE_URL is not set, it starts the production build
// on a throw-away demo database (as scripts/test.mjs does) and stops it afterwards.
//
// Optional: SCREENSHOT_LOCALES=de,ar and SCREENSHOT_TYPES=home,service-detail to take fewer,
// SCREENSHOT_TABS (default 3) tabs per width, SCREENSHOT_DIR for another folder.
// Runs under tsx (package.json) for the page-type list shared with the browser tests.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { LOCALES } from '../shared/locales.ts'
import { resolvePageTypes, typeSlug } from '../tests/e2e/helpers/pageTypes.ts'
import { freePort, root, startServer } from './lib.mjs'

const WIDTHS = [360, 1280]
const TABS = Math.max(1, Number(process.env.SCREENSHOT_TABS || 3))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : null)
const wantedLocales = list(process.env.SCREENSHOT_LOCALES)
const wantedTypes = list(process.env.SCREENSHOT_TYPES)
const locales = LOCALES.filter((l) => !wantedLocales || wantedLocales.includes(l.code))
const outDir = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join('screenshots', new Date().toISOString().slice(0, 10)))

async function answers(url) {
  try {
    return (await fetch(`${url}/api/municipalities?limit=1`)).ok
  } catch {
    return false
  }
}

/** The portal to photograph: the given or default one, or one started here on demo content. */
async function portal() {
  const given = process.env.SCREENSHOT_BASE_URL
  const url = (given ?? 'http://localhost:3000').replace(/\/$/, '')
  if (await answers(url)) return { url, stop: async () => undefined }
  if (given) throw new Error(`Nothing answers at SCREENSHOT_BASE_URL=${given}.`)
  if (!fs.existsSync(path.join(root, 'web/.next/BUILD_ID'))) throw new Error('No portal at http://localhost:3000 and no production build to start: run `npm run build` first.')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-screenshots-'))
  const port = await freePort()
  console.log(`No portal at ${url}: starting the build with demo content on port ${port} (the first start seeds, about a minute) …`)
  const env = { DATABASE_URI: `file:${path.join(dir, 'demo.db')}`, MEDIA_DIR: path.join(dir, 'media'), SEED_DEMO: 'true', DEMO: 'true' }
  const { child } = await startServer({ port, env, quiet: true })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

/** One section per page type, one row per width, one labelled thumbnail (the top of the page) per locale. */
function indexHtml(types, shots, baseUrl) {
  const sections = types.map(([name, subpath]) => {
    const rows = WIDTHS.map((width) => {
      const figures = locales.map(({ code, endonym }) => {
        const file = `${typeSlug(name)}/${code}-${width}.png`
        const img = shots.has(file) ? `<a href="${file}"><img src="${file}" alt="" loading="lazy"></a>` : '<p class="missing">no screenshot</p>'
        return `<figure>${img}<figcaption><a href="${escape(`${baseUrl}/${code}${subpath}`)}">${escape(code)}</a> · <span lang="${escape(code)}">${escape(endonym)}</span></figcaption></figure>`
      })
      return `<h3>${width} px</h3><div class="grid w${width}">${figures.join('')}</div>`
    })
    return `<section id="${typeSlug(name)}"><h2>${escape(name)} <code>${escape(subpath || '/')}</code></h2>${rows.join('')}</section>`
  })
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal screenshots</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem;background:#f4f4f4}
nav a{margin-inline-end:.8rem;white-space:nowrap}
.grid{display:grid;gap:.6rem;grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}
.grid.w1280{grid-template-columns:repeat(auto-fill,minmax(300px,1fr))}
figure{margin:0;background:#fff;padding:.3rem;border:1px solid #ccc}
img{display:block;width:100%;height:300px;object-fit:cover;object-position:top}
.w1280 img{height:220px}
.missing{height:300px;margin:0;color:#a00}
</style></head><body>
<h1>Portal screenshots</h1>
<p>${escape(baseUrl)}, ${new Date().toISOString()}: ${types.length} page types × ${locales.length} locales × ${WIDTHS.join(' and ')} px. Thumbnails show the top of each page; click for the full page.</p>
<nav>${types.map(([name]) => `<a href="#${typeSlug(name)}">${escape(name)}</a>`).join('')}</nav>
${sections.join('\n')}
</body></html>
`
}

const started = Date.now()
const { url, stop } = await portal()
let browser
try {
  const types = [...(await resolvePageTypes(url))].filter(([name]) => !wantedTypes || wantedTypes.includes(typeSlug(name)))
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
  const contexts = new Map()
  for (const width of WIDTHS) contexts.set(width, await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 }))
  const todo = types.flatMap(([name, subpath]) => locales.flatMap(({ code }) => WIDTHS.map((width) => ({ name, subpath, code, width }))))
  const total = todo.length
  const shots = new Set()
  const failures = []
  let done = 0
  // Each lane has a tab per width and takes the next screenshot as soon as it is done with one.
  const lanes = Array.from({ length: TABS }, async () => {
    const tabs = new Map()
    for (const [width, context] of contexts) tabs.set(width, await context.newPage())
    for (let job = todo.shift(); job; job = todo.shift()) {
      const { name, subpath, code, width } = job
      const file = `${typeSlug(name)}/${code}-${width}.png`
      try {
        const tab = tabs.get(width)
        await tab.goto(`${url}/${code}${subpath}`, { waitUntil: 'load' })
        // Web fonts in, so no text is photographed in a fallback font.
        await tab.evaluate('document.fonts.ready.then(() => true)')
        fs.mkdirSync(path.join(outDir, typeSlug(name)), { recursive: true })
        await tab.screenshot({ path: path.join(outDir, file), fullPage: true, animations: 'disabled' })
        shots.add(file)
      } catch (error) {
        failures.push(`${file}: ${error.message.split('\n')[0]}`)
      }
      if (++done % 50 === 0) console.log(`${done} / ${total} …`)
    }
  })
  await Promise.all(lanes)
  fs.writeFileSync(path.join(outDir, 'index.html'), indexHtml(types, shots, url))
  console.log(`${shots.size} screenshots in ${Math.round((Date.now() - started) / 1000)} s: ${path.relative(process.cwd(), path.join(outDir, 'index.html'))}`)
  if (failures.length) {
    console.error(`${failures.length} failed:\n${failures.join('\n')}`)
    process.exitCode = 1
  }
} finally {
  await browser?.close()
  await stop()
}
