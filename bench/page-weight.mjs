#!/usr/bin/env node
// Page weight of portal pages as a modern browser loads them on first view: HTML and CSS,
// and the JavaScript of <script src> tags (noModule polyfills are skipped, as modern
// browsers skip them), each gzip-compressed. Usage: node bench/page-weight.mjs [baseURL] [paths...]
import { gzipSync } from 'node:zlib'

const base = process.argv[2] || 'http://127.0.0.1:3000'
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/de/eisenach', '/ar/eisenach', '/de', '/de/eisenach/imprint']

const gz = (buf) => gzipSync(buf, { level: 9 }).length
const kb = (n) => (n / 1024).toFixed(1)

async function bytes(url) {
  const res = await fetch(url)
  return Buffer.from(await res.arrayBuffer())
}

export async function measure(path) {
  const html = await bytes(base + path)
  const text = html.toString('utf8')
  const scripts = [...text.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/noModule/i.test(m[1] + m[3]))
    .map((m) => m[2])
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])
  const unique = (list) => [...new Set(list)]
  let js = 0
  for (const src of unique(scripts)) js += gz(await bytes(new URL(src, base).href))
  let css = 0
  for (const href of unique(styles)) css += gz(await bytes(new URL(href, base).href))
  const inline = gz(html)
  return { path, jsGz: js, cssGz: css, htmlGz: inline, totalGz: js + css + inline, scripts: unique(scripts).length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| page | JS gz | CSS gz | HTML gz | total gz | scripts |')
  console.log('|---|---|---|---|---|---|')
  for (const path of paths) {
    const r = await measure(path)
    console.log(`| ${r.path} | ${kb(r.jsGz)} KB | ${kb(r.cssGz)} KB | ${kb(r.htmlGz)} KB | ${kb(r.totalGz)} KB | ${r.scripts} |`)
  }
}
