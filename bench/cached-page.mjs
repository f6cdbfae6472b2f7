#!/usr/bin/env node
// The response cache against its framework: cached portal pages from `npm start` alone and a
// bare Next.js hello-world page built with the same `next` (bench/hello), asked alike
// (autocannon, 50 connections, `Accept-Encoding: gzip, br`) in the same run on the same
// machine, median of three runs each, alternating. Writes bench/results/cached-page.md.
// Usage: npm run bench:cache [-- --seconds 10]
import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { root } from '../scripts/lib.mjs'
import { startHello } from './lib/hello.mjs'
import { get, machine, openPortal, pageTypes, table } from './lib/portal.mjs'

const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 10
const RUNS = 3
const BROWSER = { 'accept-encoding': 'gzip, br' }

const once = async (url) => {
  const r = await autocannon({ url, connections: 50, duration: SECONDS, headers: BROWSER })
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.errors + r.non2xx }
}
const median = (runs) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]

export async function run(base) {
  const hello = await startHello()
  try {
    const pages = await pageTypes(base, 'de')
    const targets = { 'town home': pages.home, 'guide page': pages['guide page'], service: pages.service }
    const rows = []
    const reference = []
    const measured = Object.fromEntries(Object.keys(targets).map((k) => [k, []]))
    for (const pagePath of Object.values(targets)) await get(base + pagePath, { headers: BROWSER })
    for (let run = 0; run < RUNS; run++) {
      reference.push(await once(hello.base))
      for (const [name, pagePath] of Object.entries(targets)) measured[name].push(await once(base + pagePath))
    }
    const ref = median(reference)
    rows.push(['bare Next.js hello world (`next start`, same `next`)', ref.rps.toFixed(0), ref.p50, ref.p99, ref.bad, '1.00'])
    for (const [name, runs] of Object.entries(measured)) {
      const state = (await get(base + targets[name], { headers: BROWSER })).headers.get('x-portal-cache')
      const m = median(runs)
      rows.push([`${name}, \`npm start\` alone (${state})`, m.rps.toFixed(0), m.p50, m.p99, m.bad, (m.rps / ref.rps).toFixed(2)])
    }
    const md = `## Cached portal pages against their framework (bench:cache)

Autocannon, 50 connections, ${SECONDS} s a run, \`Accept-Encoding: gzip, br\`; median of ${RUNS}
runs each, taken alternately in one run on one machine (client and servers share the cores).
The ratio is req/s against the reference. Target: ≥ 1.0.

${table(['target', 'req/s', 'p50 ms', 'p99 ms', 'errors + non-2xx', 'ratio'], rows)}
`
    const worst = Math.min(...Object.values(measured).map((runs) => median(runs).rps / ref.rps))
    return { md, problems: worst >= 1 ? 0 : 1 }
  } finally {
    await hello.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portal = await openPortal({ benchTown: false })
  try {
    const { md, problems } = await run(portal.base)
    const out = `# Cached portal pages against their framework\n\n${machine()}\n\n${md}`
    fs.writeFileSync(path.join(root, 'bench/results/cached-page.md'), out)
    console.log(out)
    if (problems) process.exitCode = 1
  } finally {
    await portal.stop()
  }
}
