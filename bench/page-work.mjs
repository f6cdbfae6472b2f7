#!/usr/bin/env node
// What an uncached answer costs the app: each page type and four directory searches on the
// 10,000-service town, asked with an Authorization header (which keeps an answer out of the
// response cache, as a login would; an unknown scheme is no login) from the bench's portal,
// which runs with PORTAL_SERVER_TIMING=true, so every answer says its render time, its Local
// API operations and its SQL statements (web/server.mjs). Each address is asked once to warm
// the app's own in-memory indexes, then RUNS times; the median render time and the counts of
// the last run. Usage: node bench/page-work.mjs  (BENCH_URL=… uses a running server started
// with PORTAL_SERVER_TIMING=true).
import { get, pageTypes, runAlone, table } from './lib/portal.mjs'

const RUNS = 7
const UNCACHED = { headers: { authorization: 'Bench uncached' } }

/** The figures of one answer's Server-Timing header. */
function work(header) {
  const dur = header?.match(/render;dur=([\d.]+)/)?.[1]
  const api = header?.match(/api;desc="(\d+)/)?.[1]
  const sql = header?.match(/sql;desc="(\d+)/)?.[1]
  if (dur === undefined || api === undefined || sql === undefined) throw new Error(`no Server-Timing on the answer (start the app with PORTAL_SERVER_TIMING=true): ${header}`)
  return { ms: Number(dur), api: Number(api), sql: Number(sql) }
}

export async function run(base) {
  const pages = await pageTypes(base, 'de')
  const targets = {
    ...pages,
    'imprint (floor)': '/de/eisenach/imprint',
    'directory 10k: search one word': '/de/benchstadt/services?q=sprachkurs',
    'directory 10k: topic + language': '/de/benchstadt/services?topic=sprache&language=ar',
    'directory 10k: open now': '/de/benchstadt/services?open=now',
    'directory 10k: near me': '/de/benchstadt/services?near=50.98,10.31',
  }
  const rows = []
  for (const [name, path] of Object.entries(targets)) {
    await get(base + path, UNCACHED)
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const res = await get(base + path, UNCACHED)
      await res.arrayBuffer()
      runs.push(work(res.headers.get('server-timing')))
    }
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)]
    const last = runs.at(-1)
    rows.push([name, ms.toFixed(1), last.api, last.sql])
  }
  const md = `## Uncached work per answer (bench:work)

The app alone (\`PORTAL_SERVER_TIMING=true\`), every answer rendered (kept out of the response
cache by an \`Authorization\` header that is no login): render time in the server (median of ${RUNS}, after one warm-up request), the Local API operations
and SQL statements of one answer (from its \`Server-Timing\` header).

${table(['page', 'render ms', 'Local API operations', 'SQL statements'], rows)}
`
  return { md, problems: 0 }
}

await runAlone(import.meta.url, run)
