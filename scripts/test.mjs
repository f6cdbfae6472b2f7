#!/usr/bin/env node
// `npm test`: unit, integration and security tests (jest, real Payload on throw-away SQLite files),
// then browser tests (real Chromium) against production servers on fresh demo databases,
// then the scale-out check: two app instances on one database and one private Redis.
// Ends with one line "N passed, N failed" and a non-zero exit code on any failure.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startSmtp } from '../tests/helpers/smtp.mjs'
import { buildIfNeeded, freePort, root, run, startRedis, startServer } from './lib.mjs'

const artifacts = path.join(root, 'tests/.artifacts')
fs.mkdirSync(artifacts, { recursive: true })
const jestBin = path.join(root, 'node_modules/jest/bin/jest.js')
const jestEnv = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-deprecation' }
// Optional: one part (unit | integration | security | e2e | scale), then jest arguments for it,
// e.g. `node scripts/test.mjs e2e tests/e2e/a11y-matrix.test.ts` (the servers are started as for all).
const [only, ...pick] = process.argv.slice(2)

/**
 * Seconds per test file of this run, over the committed ones (tests/sequencer.mjs runs the
 * longest first): written to tests/.artifacts/timings.json; `npm run test:timings` commits them.
 */
const testsDir = path.join(root, 'tests')
const committedTimings = path.join(testsDir, 'timings.json')
const timings = fs.existsSync(committedTimings) ? JSON.parse(fs.readFileSync(committedTimings, 'utf8')) : {}

async function jest(projects, outputName, extraEnv = {}, extraArgs = []) {
  const outputFile = path.join(artifacts, outputName)
  fs.rmSync(outputFile, { force: true })
  try {
    await run(process.execPath, [jestBin, '--selectProjects', ...projects, '--json', '--outputFile', outputFile, ...extraArgs], {
      env: { ...jestEnv, ...extraEnv },
    })
  } catch {
    // failures are counted from the report below
  }
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1 }
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
  for (const file of report.testResults) timings[path.relative(testsDir, file.name).split(path.sep).join('/')] = Math.round((file.endTime - file.startTime) / 100) / 10
  const brokenSuites = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites }
}

const totals = { passed: 0, failed: 0 }
const add = (r) => {
  totals.passed += r.passed
  totals.failed += r.failed
}
/**
 * A tool some tests need is not installed: locally those tests are skipped with a loud message;
 * with CI=true (.ci/run sets it, having installed everything) the run fails instead, so a
 * broken CI image cannot pass by skipping. Returns false when the caller should skip.
 */
function requireTool(what, installed, install) {
  if (installed) return true
  const message = `${what}: not installed (${install}; .ci/run does)`
  if (process.env.CI === 'true') {
    console.error(`\n*** FAILED (CI=true): ${message}. ***`)
    add({ passed: 0, failed: 1 })
  } else console.log(`\n*** SKIPPED: ${message}. ***`)
  return false
}
const started = Date.now()
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`
const wants = (part) => !only || only === part

/** Stops what a part started (servers, SMTP sinks, Redis) and removes its folders. */
async function stopAll(stops) {
  for (const stop of stops.reverse()) await stop().catch(() => undefined)
}

/**
 * The client secret of the single sign-on test's provider (tests/e2e/sso.test.ts starts it and
 * points the district at it): a test value, as the town's real one would come from the environment.
 */
const E2E_SSO_ENV = { OIDC_CLIENT_SECRET_SCHMALKALDEN_MEININGEN: 'e2e-test-provider-client' }

/** The database and media of a demo installation in `dir`. */
const demoFiles = (dir) => ({ DATABASE_URI: `file:${path.join(dir, 'demo.db')}`, MEDIA_DIR: path.join(dir, 'media') })

/**
 * The demo the browser and scale servers start from: seeded once by a server of this build,
 * which then stops, and copied for each server (seeding cost each of three servers about 30 s
 * of CPU). Resolves to its folder; `stops` removes it at the end of the run.
 */
async function seedDemoOnce(stops) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-demo-'))
  stops.push(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const { child } = await startServer({ port: await freePort(), env: { ...demoFiles(dir), SEED_DEMO: 'true', DEMO: 'true', JOBS_AUTORUN: 'false' }, quiet: true })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
  return dir
}

/**
 * A new folder holding a copy of the seeded demo: the database with its write-ahead log (SQLite
 * replays it on open), and the media. Not the shared-memory index (rebuilt on open) and not the
 * generated secret (each server makes its own, as on a fresh installation).
 */
function copyOfDemo(seeded, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.cpSync(seeded, dir, { recursive: true, filter: (source) => !/-shm$|\.payload-secret$/.test(source) })
  return dir
}

/**
 * Browser tests: E2E_SERVERS production servers (default 2), each on its own fresh demo database,
 * and one jest worker per server (tests/e2e/helpers/browser.ts takes its worker's server). The
 * files of one server run one after another as before (they change the demo and clean up after
 * themselves); the servers share nothing, so while one worker's test waits (for a page, a
 * scheduled job, a timer) the other computes. Each server sends its e-mails to its own SMTP
 * server, which writes them into a folder the tests read (E2E_MAIL_DIRS, tests/e2e/helpers/mail.ts);
 * its database file and log are E2E_DATABASE_FILES and E2E_SERVER_LOGS.
 * Resolves once the servers answer, to the environment of the jest run (null without chromium).
 */
async function startE2e(stops, demo) {
  // Without it every browser test fails at launch; this says why at once. (The HTML check's Java
  // is checked in tests/e2e/html-valid.test.ts, by the same rule.)
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!requireTool(`Browser tests, chromium at ${chromiumPath}`, fs.existsSync(chromiumPath), 'apt-get install -y chromium')) return null
  const count = Math.max(1, Number(process.env.E2E_SERVERS || 2))
  const servers = []
  const seeded = await demo
  for (let i = 0; i < count; i++) {
    const dir = copyOfDemo(seeded, 'portal-e2e-')
    stops.push(async () => fs.rmSync(dir, { recursive: true, force: true }))
    const mails = path.join(dir, 'mails')
    const sink = await startSmtp({ dir: mails })
    stops.push(() => sink.stop())
    servers.push({
      mails,
      database: path.join(dir, 'demo.db'),
      log: path.join(dir, 'server.log'),
      env: { ...demoFiles(dir), SEED_DEMO: 'true', DEMO: 'true', SMTP_URL: sink.url, EMAIL_FROM: 'Integrationsportal <portal@e2e.example>', ...E2E_SSO_ENV },
    })
  }
  const ports = [Number(process.env.E2E_PORT || 3210)]
  while (ports.length < count) ports.push(await freePort())
  // Started together; if one fails, the others are stopped (stopAll).
  const starts = await Promise.allSettled(servers.map(({ env, log }, i) => startServer({ port: ports[i], env, quiet: true, logFile: log })))
  for (const start of starts) if (start.status === 'fulfilled') stops.push(async () => start.value.child.kill('SIGTERM'))
  const failed = starts.find((start) => start.status === 'rejected')
  if (failed) throw failed.reason
  const urls = ports.map((port) => `http://127.0.0.1:${port}`)
  // The outage test locks its server's database file and reads its log (tests/e2e/outage.test.ts).
  const env = {
    E2E_BASE_URL: urls[0],
    E2E_BASE_URLS: urls.join(','),
    E2E_MAIL_DIRS: servers.map((server) => server.mails).join(','),
    E2E_DATABASE_FILES: servers.map((server) => server.database).join(','),
    E2E_SERVER_LOGS: servers.map((server) => server.log).join(','),
  }
  return { env, count }
}

/**
 * The scale-out check: instance A seeds the demo and takes the writes; B starts on the same
 * database and Redis afterwards and must show A's changes within seconds
 * (tests/scale/two-instances.test.ts). Resolves to the jest run's environment, or null
 * without redis-server.
 */
async function startScale(stops, demo) {
  const redis = await startRedis()
  if (!requireTool('Scale-out test, redis-server', redis, 'apt-get install -y redis-server')) return null
  stops.push(async () => redis.child.kill('SIGTERM'))
  const dir = copyOfDemo(await demo, 'portal-scale-')
  stops.push(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const shared = { ...demoFiles(dir), REDIS_URL: redis.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), DEMO: 'true' }
  const ports = { a: Number(process.env.SCALE_PORT_A || 3221), b: Number(process.env.SCALE_PORT_B || 3222) }
  const a = await startServer({ port: ports.a, env: { ...shared, SEED_DEMO: 'true' }, quiet: true })
  stops.push(async () => a.child.kill('SIGTERM'))
  // Only one instance runs the scheduled jobs.
  const b = await startServer({ port: ports.b, env: { ...shared, JOBS_AUTORUN: 'false' }, quiet: true })
  stops.push(async () => b.child.kill('SIGTERM'))
  return { SCALE_A_URL: `http://127.0.0.1:${ports.a}`, SCALE_B_URL: `http://127.0.0.1:${ports.b}`, SCALE_REDIS_URL: redis.url }
}

/** A part whose servers fail to start counts as one failure; its stops run in any case. */
async function part(name, start, test) {
  const stops = []
  try {
    const env = await start(stops)
    if (env) add(await test(env))
  } catch (error) {
    console.error(`${name}:`, error)
    add({ passed: 0, failed: 1 })
  } finally {
    await stopAll(stops)
  }
}

/*
 * The order, for the time it takes on 2 cores: the build first (the browser and scale parts
 * need it); one server seeds the demo, which the browser tests' servers copy and start from,
 * while the jest projects that need no server run; the scale-out check, which mostly waits for the other instance, runs
 * beside the browser tests.
 */
const serverParts = wants('e2e') || wants('scale')
if (serverParts) {
  // The build reads no database; a throw-away one keeps it away from the developer's.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-'))
  await buildIfNeeded({ ...process.env, DATABASE_URI: `file:${path.join(dir, 'build.db')}`, MEDIA_DIR: path.join(dir, 'media') })
  fs.rmSync(dir, { recursive: true, force: true })
}
// Removed after the browser and scale parts, which both start from copies of it.
const demoStops = []
const demo = serverParts ? seedDemoOnce(demoStops) : null
demo?.catch(() => undefined)
const e2eStops = []
const e2eServers = wants('e2e') ? startE2e(e2eStops, demo) : null
// Not awaited yet: a failure is reported where the browser tests would run.
e2eServers?.catch(() => undefined)

/*
 * The node projects first, the browser tests after them. Side by side (tried: four jest workers
 * on two cores) the run was no shorter, and pages under that load outlasted the browser tests'
 * waits now and then.
 */
if (!only || ['unit', 'integration', 'security'].includes(only)) {
  add(await jest(only ? [only] : ['unit', 'integration', 'security'], 'jest-node.json', {}, pick))
  console.log(`\n(node projects done at ${elapsed()})`)
}

const browser = wants('e2e')
  ? (async () => {
      try {
        const servers = await e2eServers
        if (servers) add(await jest(['e2e'], 'jest-e2e.json', servers.env, [`--maxWorkers=${servers.count}`, ...pick]))
      } catch (error) {
        console.error('e2e:', error)
        add({ passed: 0, failed: 1 })
      } finally {
        await stopAll(e2eStops)
        console.log(`\n(browser tests done at ${elapsed()})`)
      }
    })()
  : null
const scale = wants('scale') ? part('scale', (stops) => startScale(stops, demo), (env) => jest(['scale'], 'jest-scale.json', env, ['--runInBand', ...pick])) : null
await Promise.all([browser, scale])
await stopAll(demoStops)
fs.writeFileSync(path.join(artifacts, 'timings.json'), `${JSON.stringify(Object.fromEntries(Object.entries(timings).sort()), null, 1)}\n`)

console.log(`\nAll tests finished in ${Math.round((Date.now() - started) / 1000)} s.`)
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
