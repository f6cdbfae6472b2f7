#!/usr/bin/env node
// The CPU time an uncached answer costs the server, measured in the server process itself
// (user + system time from /proc, over batches of answers): on a shared machine, where
// requests per second follow the neighbours' load, the figure that stays put. Every answer is
// rendered (an Authorization header that is no login keeps it out of the response cache).
//
// Usage: node bench/answer-cpu.mjs [--compare DIR] [--flags "FLAGS"]
//   Starts this checkout's build (`npm run build` first) on the bench database
//   (bench/lib/portal.mjs; the generated town of 10,000 services must exist: `npm run bench:http`
//   makes it once). --compare DIR starts DIR's build (another checkout, e.g. a worktree of the
//   commit before a change) on the same database beside it; --flags gives the second server other
//   Node flags (with --compare: DIR's server; alone: a second server of this build, e.g.
//   --flags "--max-semi-space-size=64"). Batches of the two are taken in turns, so both share the load.
import fs from 'node:fs'
import path from 'node:path'
import { freePort, root, startServer } from '../scripts/lib.mjs'
import { benchDb, get, table } from './lib/portal.mjs'

const ADDRESSES = {
  'imprint (floor)': '/de/eisenach/imprint',
  'search one word': '/de/benchstadt/services?q=sprachkurs',
  'topic + language': '/de/benchstadt/services?topic=sprache&language=ar',
  'search + topic + language + free': '/de/benchstadt/services?q=sprachkurs&topic=sprache&language=ar&free=1',
}
const UNCACHED = { headers: { authorization: 'Bench uncached' } }
const BATCH = Number(process.env.ANSWER_CPU_BATCH || 60)
const ROUNDS = Number(process.env.ANSWER_CPU_ROUNDS || 5)
const AT_ONCE = 4

const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

/** A production server of the checkout in `dir`, on the bench database. */
async function start(dir, nodeArgs, label) {
  const port = await freePort()
  const env = { DATABASE_URI: `file:${benchDb()}`, DEMO: 'true', LOG_FORMAT: 'json' }
  const { child } = await startServer({ port, env, dir, nodeArgs, readyPath: ADDRESSES['imprint (floor)'], timeoutMs: 300000, quiet: true })
  return { child, base: `http://127.0.0.1:${port}`, label }
}

/** The process's CPU time so far, in ms (utime + stime of /proc/PID/stat, in clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function answer(url) {
  const response = await get(url, UNCACHED)
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
}

/** CPU ms per answer over `count` answers, AT_ONCE at a time. */
async function batch(server, address, count) {
  let left = count
  const before = cpuMs(server.child.pid)
  await Promise.all(Array.from({ length: AT_ONCE }, async () => {
    while (left-- > 0) await answer(server.base + address)
  }))
  return (cpuMs(server.child.pid) - before) / count
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const compareDir = argument('--compare')
const otherFlags = argument('--flags')
const flagsOfOther = otherFlags === undefined ? [] : otherFlags.split(/\s+/).filter(Boolean)
const servers = [await start(root, [], 'this checkout')]
try {
  if (compareDir) servers.push(await start(path.resolve(compareDir), flagsOfOther, `${path.resolve(compareDir)} ${flagsOfOther.join(' ')}`.trim()))
  else if (otherFlags !== undefined) servers.push(await start(root, flagsOfOther, `flags "${otherFlags}"`))
  // Warm up: the town's index is built on its first query, the code optimised over the first answers.
  for (const server of servers) for (const address of Object.values(ADDRESSES)) await batch(server, address, 20)
  const runs = servers.map(() => Object.fromEntries(Object.keys(ADDRESSES).map((name) => [name, []])))
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, address] of Object.entries(ADDRESSES)) for (const [i, server] of servers.entries()) runs[i][name].push(await batch(server, address, BATCH))
  }
  const rows = Object.keys(ADDRESSES).map((name) => [
    name,
    ...servers.flatMap((_, i) => [median(runs[i][name]).toFixed(1), (median(runs[i][name]) / median(runs[i]['imprint (floor)'])).toFixed(2)]),
    ...(servers.length === 2 ? [`${((median(runs[0][name]) / median(runs[1][name]) - 1) * 100).toFixed(0)} %`] : []),
  ])
  const header = ['address', ...servers.flatMap((s) => [`ms CPU: ${s.label}`, '÷ imprint']), ...(servers.length === 2 ? ['change'] : [])]
  console.log(`CPU time per uncached answer, median of ${ROUNDS} batches of ${BATCH} (${AT_ONCE} at a time), load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 2).join(' / ')}\n`)
  console.log(table(header, rows))
} finally {
  for (const server of servers) server.child.kill('SIGTERM')
}
