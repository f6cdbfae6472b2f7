#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another, into bench/results/latest.md (committed,
// so that changes can be compared). Builds if needed and starts the portal once on the
// benchmark database (bench/lib/portal.mjs). About 20–30 minutes on 2 cores; the import bench
// (another 20) only with --with-import, the 10-minute soak (bench/soak.mjs) only with --with-soak.
// Each part also runs alone (see package.json bench:*).
import { spawn } from 'node:child_process'
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root } from '../scripts/lib.mjs'
import { run as http } from './http.mjs'
import { run as lighthouse } from './lighthouse.mjs'
import { machine, openPortal } from './lib/portal.mjs'
import { run as loadWhileWriting } from './load-while-writing.mjs'
import { run as pageWeight } from './page-weight.mjs'
import { run as pageWork } from './page-work.mjs'
import { run as publishVisible } from './publish-visible.mjs'
import { run as cachedPage } from './cached-page.mjs'
import { run as soak } from './soak.mjs'

const withImport = process.argv.includes('--with-import')
const withSoak = process.argv.includes('--with-soak')
// The Node benches keep their generated 10,000-service database here between runs.
const nodeBenchDb = process.env.BENCH_DB || path.join(os.tmpdir(), 'portal-bench', 'node')

/** Runs a TypeScript bench in its own process; resolves to its Markdown table lines. */
function tsBench(title, script, args) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: root,
      env: { ...process.env, BENCH_DB: nodeBenchDb, NODE_OPTIONS: '--no-deprecation --conditions=production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => {
      const tableLines = out.split('\n').filter((line) => line.startsWith('|'))
      const body = code === 0 ? tableLines.join('\n') : `✗ failed (exit ${code})\n\n${out.split('\n').slice(-10).join('\n')}`
      resolve(`## ${title}\n\n${body}\n\n(${Math.round((Date.now() - started) / 1000)} s)\n`)
    })
  })
}

async function timed(name, fn) {
  const started = Date.now()
  console.error(`▶ ${name}`)
  const result = await fn()
  console.error(`  ${name}: ${Math.round((Date.now() - started) / 1000)} s`)
  return result
}

const sections = []
const summary = []
const started = Date.now()
const portal = await openPortal()
try {
  const weight = await timed('page weight', () => pageWeight(portal.base))
  sections.push(weight.md)
  summary.push(['page weight within budget', weight.problems === 0])
  const lh = await timed('lighthouse', () => lighthouse(portal.base))
  sections.push(lh.md)
  summary.push(['lighthouse targets met', lh.problems === 0])
  const cached = await timed('cached page', () => cachedPage(portal.base))
  sections.push(cached.md)
  summary.push(['cached pages at least as fast as a bare Next.js hello world', cached.problems === 0])
  sections.push((await timed('http', () => http(portal.base))).md)
  sections.push((await timed('uncached work', () => pageWork(portal.base))).md)
  const load = await timed('load while writing', () => loadWhileWriting(portal.base))
  sections.push(load.md)
  summary.push(['load while writing: no error, no lost write', load.problems === 0])
} finally {
  await portal.stop()
}
const publish = await timed('publish visible', () => publishVisible())
sections.push(publish.md)
summary.push(['a publish visible on the app ≤ 1 s, on a second instance ≤ 2 s', publish.problems === 0])
sections.push(await timed('directory', () => tsBench('Directory search, server time (bench:directory)', 'bench/directory.ts', ['10000'])))
sections.push(await timed('hsds', () => tsBench('HSDS API, server time (bench:hsds)', 'bench/hsds.ts', ['10000'])))
sections.push(await timed('plan', () => tsBench('Plan pages, server time (bench:plan)', 'bench/plan.ts', [])))
if (withImport) sections.push(await timed('import', () => tsBench('Spreadsheet import (bench:import)', 'bench/import.ts', ['10000'])))
if (withSoak) {
  const soaked = await timed('soak', () => soak())
  sections.push(soaked.md)
  summary.push(['soak: no error, memory within its bound', soaked.problems === 0])
}

const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim()
const report = `# Benchmarks (\`npm run bench\`)

${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, ${Math.round((Date.now() - started) / 60000)} min.
Machine: ${machine()} at the end of the run.
The numbers depend on what else runs on the machine: compare runs on a quiet machine.

${summary.map(([name, ok]) => `- ${ok ? '✓' : '✗'} ${name}`).join('\n')}

${sections.join('\n')}`
fs.writeFileSync(path.join(root, 'bench/results/latest.md'), report)
console.log(report)
