// The running portal the HTTP benches measure: the production build on a benchmark database
// with the demo content plus the generated town `benchstadt` (10,000 services), kept between
// runs (BENCH_PORTAL_DB) because generating it takes minutes. BENCH_URL uses a server that is
// already running instead.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildIfNeeded, root, run, startServer } from '../../scripts/lib.mjs'

export const BENCH_SERVICES = 10000
export const TOWN = 'eisenach'
export const LOCALES = ['de', 'ar']
export const benchDb = () => process.env.BENCH_PORTAL_DB || path.join(os.tmpdir(), 'portal-bench', 'portal.db')

// The demo seed and the generated town both run in the app's production mode (migrations, no
// push). Answers say what they cost (Server-Timing, bench/page-work.mjs).
const serverEnv = (db) => ({ DATABASE_URI: `file:${db}`, SEED_DEMO: 'true', DEMO: 'true', PORTAL_SERVER_TIMING: 'true' })

/** Resolves to { base, stop } for the portal: an existing BENCH_URL, or an `npm start` of ours. */
export async function openPortal({ port = 3210, benchTown = true } = {}) {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL.replace(/\/$/, ''), stop: async () => {} }
  await buildIfNeeded()
  const db = benchDb()
  fs.mkdirSync(path.dirname(db), { recursive: true })
  const server = await startServer({ port, env: serverEnv(db), quiet: true })
  const base = `http://127.0.0.1:${port}`
  const stop = () => new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve()
    server.child.once('exit', resolve)
    server.child.kill('SIGTERM')
  })
  if (benchTown && (await fetch(`${base}/de/benchstadt`, { redirect: 'manual' })).status !== 200) {
    console.error(`(generating ${BENCH_SERVICES} services for benchstadt in ${db}: a few minutes, once)`)
    await run(path.join(root, 'node_modules/.bin/tsx'), ['bench/lib/addBenchTown.ts', String(BENCH_SERVICES)], {
      env: { ...process.env, ...serverEnv(db), NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --conditions=production' },
    })
  }
  return { base, stop }
}

/**
 * fetch, retried once: after a load run, a kept-alive connection the server has meanwhile
 * closed (Next's 5 s keep-alive) fails with ECONNRESET on its next use.
 */
export async function get(url, init) {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}

/** The first link on `listPath` that matches `pattern` (a real slug from the demo content). */
export async function firstLink(base, listPath, pattern) {
  const html = await (await get(base + listPath)).text()
  const found = [...html.matchAll(/href="([^"#?]+)[^"]*"/g)].map((m) => m[1]).find((href) => pattern.test(href))
  if (!found) throw new Error(`no link matching ${pattern} on ${listPath}`)
  return found
}

/** One address per page type in `locale`, with slugs taken from the portal's own listings. */
export async function pageTypes(base, locale) {
  const town = `/${locale}/${TOWN}`
  return {
    home: town,
    'guide page': await firstLink(base, `${town}/guide`, new RegExp(`^${town}/guide/.+`)),
    services: `${town}/services`,
    service: await firstLink(base, `${town}/services`, new RegExp(`^${town}/services/[a-z0-9-]+$`)),
    events: `${town}/events`,
    event: await firstLink(base, `${town}/events`, new RegExp(`^${town}/events/[a-z0-9-]+$`)),
    news: `${town}/news`,
    article: await firstLink(base, `${town}/news`, new RegExp(`^${town}/news/[a-z0-9-]+$`)),
    plan: `${town}/plan`,
    measure: await firstLink(base, `${town}/plan`, new RegExp(`^${town}/plan/measures/[a-z0-9-]+$`)),
    search: `${town}/search?q=beratung`,
    'open data': `${town}/open-data`,
    accessibility: `${town}/accessibility`,
  }
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The machine and its load, for the head of a results page (the numbers depend on both). */
export function machine() {
  const [one, five] = os.loadavg()
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${one.toFixed(1)} / ${five.toFixed(1)} (1 / 5 min)`
}

/**
 * A bench run alone (`npm run bench:…`, when `url` is the started script): opens the portal,
 * prints the machine and the bench's section, stops the portal; exits 1 when it found problems.
 */
export async function runAlone(url, run, options) {
  if (url !== `file://${process.argv[1]}`) return
  const portal = await openPortal(options)
  try {
    const { md, problems } = await run(portal.base)
    console.log(`${machine()}\n\n${md}`)
    if (problems) process.exitCode = 1
  } finally {
    await portal.stop()
  }
}
