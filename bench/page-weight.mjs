#!/usr/bin/env node
// Page weight of every portal page type in de and ar as a modern browser loads it on first
// view: HTML, CSS and the JavaScript of <script src> tags (noModule polyfills are skipped, as
// modern browsers skip them), each gzip-compressed (level 9, as a pre-compressed asset).
// "Framework" is the JS that Next.js's own 404 page loads (`_not-found.html`, prerendered by
// the build without any code of ours): React, React DOM, the router and Turbopack's runtime,
// what a bare hello-world page ships. Everything else ("own JS") comes from our layouts and pages.
// Usage: node bench/page-weight.mjs [--write] (BENCH_URL=… uses a running server).
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from '../scripts/lib.mjs'
import { LOCALES, pageTypes, runAlone, table } from './lib/portal.mjs'

export const BUDGET = { ownJs: 15 * 1024, firstViewJs: 150 * 1024, total: 250 * 1024 }
// A bare Next.js 16 App Router page measured in a probe (STACK-NOTES.md), for comparison.
const PROBE_FLOOR = 131 * 1024

const gz = (buf) => gzipSync(buf, { level: 9 }).length
export const kb = (n) => `${(n / 1024).toFixed(1)}`
const sizes = new Map()

async function gzSize(url) {
  if (!sizes.has(url)) sizes.set(url, fetch(url).then(async (res) => gz(Buffer.from(await res.arrayBuffer()))))
  return sizes.get(url)
}

const moduleScripts = (html) =>
  [...new Set([...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1] + m[3])).map((m) => m[2].replace(/&amp;/g, '&')))]

/** The framework's chunks, as script paths (`/_next/static/chunks/…`). */
function frameworkChunks() {
  return new Set(moduleScripts(fs.readFileSync(path.join(root, 'web/.next/server/app/_not-found.html'), 'utf8')))
}

export async function measure(base, pagePath, framework = frameworkChunks()) {
  const res = await fetch(base + pagePath)
  const html = Buffer.from(await res.arrayBuffer())
  const text = html.toString('utf8')
  const unique = (list) => [...new Set(list)]
  const scripts = moduleScripts(text)
  const styles = unique([...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]))
  let js = 0
  let frameworkJs = 0
  for (const src of scripts) {
    const size = await gzSize(new URL(src, base).href)
    js += size
    if (framework.has(new URL(src, base).pathname)) frameworkJs += size
  }
  let css = 0
  for (const href of styles) css += await gzSize(new URL(href, base).href)
  const htmlGz = gz(html)
  return { path: pagePath, status: res.status, js, frameworkJs, ownJs: js - frameworkJs, css, html: htmlGz, total: js + css + htmlGz, scripts: scripts.length }
}

const mark = (ok) => (ok ? '✓' : '✗')

/** Measures every page type; returns the Markdown section and the number of budget breaches. */
export async function run(base) {
  const framework = frameworkChunks()
  const rows = []
  let breaches = 0
  for (const locale of LOCALES) {
    for (const [type, pagePath] of Object.entries(await pageTypes(base, locale))) {
      const r = await measure(base, pagePath, framework)
      const ok = r.status === 200 && r.ownJs <= BUDGET.ownJs && r.js <= BUDGET.firstViewJs && r.total <= BUDGET.total
      if (!ok) breaches++
      rows.push([`${type} (${locale})`, kb(r.js), kb(r.frameworkJs), kb(r.ownJs), kb(r.css), kb(r.html), kb(r.total), `${r.scripts}`, `${mark(r.status === 200)} ${mark(r.ownJs <= BUDGET.ownJs)} ${mark(r.js <= BUDGET.firstViewJs)} ${mark(r.total <= BUDGET.total)}`])
    }
  }
  const md = `## Page weight (KB, gzip)

First view of each page type, eisenach. *Framework* is the JS of Next.js's own 404 page
(\`_not-found.html\`, built without our code; a bare hello-world page of this stack ships
${kb(PROBE_FLOOR)} KB); *own* is the rest: ours and our libraries'. Portal pages are sent without the framework's
client runtime (\`web/server.mjs\`: they work without JavaScript, so React would only re-draw them); pages
with a client island (the tile map, where configured) keep it. Checks: HTTP 200 · own JS ≤ ${kb(BUDGET.ownJs)} ·
JS ≤ ${kb(BUDGET.firstViewJs)} · total ≤ ${kb(BUDGET.total)}. Reference: a Payload + Next.js starter site ≈ 240 KB JS.

${table(['page', 'JS', 'of which framework', 'own JS', 'CSS', 'HTML', 'total', 'scripts', 'checks'], rows)}
`
  return { md, problems: breaches }
}

await runAlone(import.meta.url, run, { benchTown: false })
