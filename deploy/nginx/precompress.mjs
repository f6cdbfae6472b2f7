#!/usr/bin/env node
// Writes file.gz and file.br beside every compressible file of the build's static folder
// (default web/.next/static), at the highest levels, for nginx's gzip_static / brotli_static:
// compressed once after a build instead of on every request. Run after each `npm run build`.
// Usage: node deploy/nginx/precompress.mjs [staticDir]
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = /\.(js|mjs|css|json|txt|svg|map|html|xml|wasm)$/
// Below 1 KB, compression saves next to nothing.
const MIN_BYTES = 1024

export function precompress(dir) {
  let files = 0
  let saved = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name)
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
    const stat = fs.statSync(file)
    if (stat.size < MIN_BYTES) continue
    const source = fs.readFileSync(file)
    const gz = gzipSync(source, { level: 9 })
    fs.writeFileSync(`${file}.gz`, gz)
    fs.writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
    // Same modification time as the original, so ETag/Last-Modified agree (nginx's gzip_static uses the .gz file's).
    fs.utimesSync(`${file}.gz`, stat.atime, stat.mtime)
    fs.utimesSync(`${file}.br`, stat.atime, stat.mtime)
    files++
    saved += stat.size - gz.length
  }
  return { files, saved }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'web/.next/static'))
  const { files, saved } = precompress(dir)
  console.log(`${files} files compressed in ${dir} (gzip saves ${(saved / 1024).toFixed(0)} KB).`)
}
