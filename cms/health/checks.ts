import type { Payload } from 'payload'

/** A database that takes longer than this for a one-row read is as good as unreachable for readers. */
export const DATABASE_TIMEOUT_MS = 2000

export interface Check {
  ok: boolean
  /** What an operator reads: `ok`, `applied`, `push`, `running`, or what is wrong. */
  state: string
}

const ok = (state = 'ok'): Check => ({ ok: true, state })
const failed = (state: string): Check => ({ ok: false, state })

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The database answers a trivial read (Payload's migration list, one row; the same call on
 * SQLite and MongoDB). The error itself goes to the log, not into the public answer.
 */
export async function checkDatabase(payload: Payload, timeoutMs = DATABASE_TIMEOUT_MS): Promise<Check> {
  try {
    await withTimeout(payload.find({ collection: 'payload-migrations', limit: 1, depth: 0, pagination: false, overrideAccess: true }), timeoutMs)
    return ok()
  } catch (err) {
    payload.logger.error({ err, msg: 'Readiness: the database did not answer' })
    return failed(err instanceof Error && err.message.startsWith('no answer') ? err.message : 'query failed')
  }
}

/**
 * Every migration the adapter applies at start (SQLite in production: `prodMigrations`, the
 * list of cms/migrations/index.ts) is recorded as applied. Where the schema is pushed instead
 * (development, tests: the adapter pushes, or pushed it before, which Payload records as the
 * migration `dev`, batch -1) there is nothing to apply: `push`. MongoDB keeps its schema in the
 * code and has no migrations: `not used`.
 */
export async function checkMigrations(payload: Payload): Promise<Check> {
  if (payload.db.push === true) return ok('push')
  const planned = payload.db.prodMigrations
  if (!planned?.length) return ok('not used')
  const docs = await payload
    .find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true, batch: true }, overrideAccess: true })
    .then((r) => r.docs)
    .catch((err: unknown) => {
      payload.logger.error({ err, msg: 'Readiness: the list of applied migrations could not be read' })
      return null
    })
  if (!docs) return failed('query failed')
  const applied = new Set(docs.map((d) => d.name))
  const missing = planned.map((m) => m.name).filter((name) => !applied.has(name))
  if (!missing.length) return ok('applied')
  if (process.env.NODE_ENV !== 'production' && docs.some((d) => d.batch === -1)) return ok('push')
  return failed(`not applied: ${missing.join(', ')}`)
}

/** What the ready answer says about the job runner besides its state. */
export interface JobsCheck extends Check {
  /** When the runner last started a round (ISO), on the instance that runs jobs. */
  lastRun?: string | null
}

/**
 * The job runner of this instance: Payload's autorun crons (started with the server, see
 * web/instrumentation.ts) are scheduled and ticking. An instance with JOBS_AUTORUN=false runs
 * no jobs by design (another one does): `off`, and still ready. A runner that has neither
 * started nor ended a round for two intervals, and is not busy with one, has stopped ticking:
 * `stalled`. A round still busy (a long import) is running, not stuck.
 */
export async function checkJobs(payload: Payload, now = new Date()): Promise<JobsCheck> {
  const { jobs } = payload.config
  const autoRun = typeof jobs.autoRun === 'function' ? await jobs.autoRun(payload) : jobs.autoRun
  if (!jobs.enabled || !autoRun?.length) return ok('not configured')
  if (jobs.shouldAutoRun && !(await jobs.shouldAutoRun(payload))) return ok('off')
  const crons = payload.crons
  if (!crons.length) return failed('not started')
  if (crons.some((cron) => !cron.isRunning())) return failed('stopped')
  const stalled = crons.some((cron) => {
    // The last sign of life: a round started (currentRun) or ended (previousRun; a long round
    // skips the ticks while it runs, and the next one may be up to an interval after it ends).
    const last = Math.max(cron.currentRun()?.getTime() ?? 0, cron.previousRun()?.getTime() ?? 0)
    const [next, after] = cron.nextRuns(2)
    if (!last || cron.isBusy() || !next || !after) return false
    return now.getTime() - last > 2 * (after.getTime() - next.getTime()) + 30_000
  })
  const latest = Math.max(0, ...crons.map((cron) => cron.currentRun()?.getTime() ?? 0))
  const lastRun = latest ? new Date(latest).toISOString() : null
  return stalled ? { ...failed('stalled'), lastRun } : { ...ok('running'), lastRun }
}
