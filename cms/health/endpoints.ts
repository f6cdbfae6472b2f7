import type { Endpoint, PayloadHandler } from 'payload'
import { checkDatabase, checkJobs, checkMigrations, type Check } from './checks'

/** Probes answer now, every time: no cache (browser, nginx, the app's own) keeps them. */
const headers = { 'Cache-Control': 'no-store' }

/** Liveness: the process answers. Touches neither the database nor anything else. */
const health: PayloadHandler = () => Response.json({ status: 'ok' }, { headers })

/**
 * Readiness: the database answers, its migrations are applied, the job runner is running.
 * 200 when all hold, else 503 with `failing` naming the checks that did not.
 */
const ready: PayloadHandler = async (req) => {
  const database = await checkDatabase(req.payload)
  // Without a database nothing is known about its migrations: not a failure of their own.
  const migrations: Check | null = database.ok ? await checkMigrations(req.payload) : null
  const jobs = await checkJobs(req.payload)
  const checks = { database, migrations, jobs }
  const failing = Object.entries(checks).filter(([, check]) => check && !check.ok).map(([name]) => name)
  const body = {
    status: failing.length ? 'unavailable' : 'ok',
    ...(failing.length ? { failing } : {}),
    database: database.state,
    migrations: migrations?.state ?? 'unknown',
    jobs: jobs.state,
    ...(jobs.lastRun !== undefined ? { jobsLastRun: jobs.lastRun } : {}),
  }
  return Response.json(body, { status: failing.length ? 503 : 200, headers })
}

/**
 * `/api/health` and `/api/ready` (contract): for systemd, nginx and load balancers (deploy/).
 * Root endpoints, served by the catch-all API route like every `/api/*` address, which the
 * server's page cache and view counting leave alone (web/server.mjs) and no rate limit covers.
 */
export function healthEndpoints(): Endpoint[] {
  return [
    { path: '/health', method: 'get', handler: health },
    { path: '/ready', method: 'get', handler: ready },
  ]
}
