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
  const brokenSuites = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites }
}

const totals = { passed: 0, failed: 0 }
const add = (r) => {
  totals.passed += r.passed
  totals.failed += r.failed
}
const started = Date.now()

if (!only || ['unit', 'integration', 'security'].includes(only)) add(await jest(only ? [only] : ['unit', 'integration', 'security'], 'jest-node.json', {}, pick))

/**
 * Browser tests: E2E_SERVERS production servers (default 2), each on its own fresh demo database,
 * and one jest worker per server (tests/e2e/helpers/browser.ts takes its worker's server). The
 * files of one server run one after another as before (they change the demo and clean up after
 * themselves); the servers share nothing, so while one worker's test waits (for a page, a
 * scheduled job, a timer) the other computes. Each server sends its e-mails to its own SMTP
 * server, which writes them into a folder the tests read (E2E_MAIL_DIRS, tests/e2e/helpers/mail.ts).
 */
async function e2e() {
  const count = Math.max(1, Number(process.env.E2E_SERVERS || 2))
  const sinks = []
  const servers = []
  for (let i = 0; i < count; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
    const mails = path.join(dir, 'mails')
    const sink = await startSmtp({ dir: mails })
    sinks.push(sink)
    servers.push({
      dir,
      mails,
      env: { DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`, MEDIA_DIR: path.join(dir, 'media'), SEED_DEMO: 'true', DEMO: 'true', SMTP_URL: sink.url, EMAIL_FROM: 'Integrationsportal <portal@e2e.example>' },
    })
  }
  const running = []
  try {
    await buildIfNeeded({ ...process.env, ...servers[0].env })
    const ports = [Number(process.env.E2E_PORT || 3210)]
    while (ports.length < count) ports.push(await freePort())
    // Started together; if one fails, the others are stopped (finally).
    const starts = await Promise.allSettled(servers.map(({ env }, i) => startServer({ port: ports[i], env, quiet: true })))
    for (const start of starts) if (start.status === 'fulfilled') running.push(start.value)
    const failed = starts.find((start) => start.status === 'rejected')
    if (failed) throw failed.reason
    const urls = ports.map((port) => `http://127.0.0.1:${port}`)
    const mailDirs = servers.map((server) => server.mails).join(',')
    add(await jest(['e2e'], 'jest-e2e.json', { E2E_BASE_URL: urls[0], E2E_BASE_URLS: urls.join(','), E2E_MAIL_DIRS: mailDirs }, [`--maxWorkers=${count}`, ...pick]))
  } catch (error) {
    console.error(error)
    add({ passed: 0, failed: 1 })
  } finally {
    for (const server of running) server.child.kill('SIGTERM')
    for (const sink of sinks) await sink.stop()
    for (const { dir } of servers) fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (!only || only === 'e2e') await e2e()

if (!only || only === 'scale') {
  // Instance A seeds the demo and takes the writes; B starts on the same database and Redis
  // afterwards and must show A's changes within seconds (tests/scale/two-instances.test.ts).
  const redis = await startRedis()
  if (!redis) {
    console.log('\nScale-out test skipped: redis-server is not installed (apt-get install -y redis-server; .ci/run does).')
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-scale-'))
    const shared = { DATABASE_URI: `file:${path.join(dir, 'scale.db')}`, MEDIA_DIR: path.join(dir, 'media'), REDIS_URL: redis.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), DEMO: 'true' }
    const ports = { a: Number(process.env.SCALE_PORT_A || 3221), b: Number(process.env.SCALE_PORT_B || 3222) }
    const servers = []
    try {
      await buildIfNeeded({ ...process.env, ...shared })
      servers.push(await startServer({ port: ports.a, env: { ...shared, SEED_DEMO: 'true' }, quiet: true }))
      // Only one instance runs the scheduled jobs.
      servers.push(await startServer({ port: ports.b, env: { ...shared, JOBS_AUTORUN: 'false' }, quiet: true }))
      const urls = { SCALE_A_URL: `http://127.0.0.1:${ports.a}`, SCALE_B_URL: `http://127.0.0.1:${ports.b}`, SCALE_REDIS_URL: redis.url }
      add(await jest(['scale'], 'jest-scale.json', urls, ['--runInBand', ...pick]))
    } catch (error) {
      console.error(error)
      add({ passed: 0, failed: 1 })
    } finally {
      for (const server of servers) server.child.kill('SIGTERM')
      redis.child.kill('SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

console.log(`\nAll tests finished in ${Math.round((Date.now() - started) / 1000)} s.`)
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
