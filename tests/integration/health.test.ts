import type { Payload } from 'payload'
import { checkJobs } from '@cms/health/checks'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

/**
 * `/api/health` and `/api/ready` through Payload's real REST handlers, on a pushed schema (as
 * in development; the production start with migrations: upgrade.test.ts).
 */
let payload: Payload
let cleanup: () => Promise<void>
let api: Awaited<ReturnType<typeof restClient>>

interface Ready {
  status: string
  failing?: string[]
  database: string
  migrations: string
  jobs: string
  jobsLastRun?: string | null
}

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  api = await restClient(payload.config)
})
afterAll(async () => cleanup?.())

test('health answers ok, uncached', async () => {
  const res = await api.request('GET', '/health')
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ status: 'ok' })
  expect(res.headers.get('cache-control')).toBe('no-store')
})

test('ready: database answers, schema pushed (said so), job runner running', async () => {
  const res = await api.request<Ready>('GET', '/ready')
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  expect(res.body).toEqual({ status: 'ok', database: 'ok', migrations: 'push', jobs: 'running', jobsLastRun: null })
  // The runner's crons are Payload's own, started with the first request (the server starts them at boot).
  expect(payload.crons.length).toBeGreaterThan(0)
})

test('ready with JOBS_AUTORUN=false: this instance runs no jobs, and is ready', async () => {
  process.env.JOBS_AUTORUN = 'false'
  try {
    const res = await api.request<Ready>('GET', '/ready')
    expect(res.status).toBe(200)
    expect(res.body.jobs).toBe('off')
    expect(res.body).not.toHaveProperty('jobsLastRun')
  } finally {
    delete process.env.JOBS_AUTORUN
  }
})

test('ready is 503 when the job runner has stopped', async () => {
  for (const cron of payload.crons) cron.pause()
  try {
    const res = await api.request<Ready>('GET', '/ready')
    expect(res.status).toBe(503)
    expect(res.body).toMatchObject({ status: 'unavailable', failing: ['jobs'], jobs: 'stopped', database: 'ok' })
  } finally {
    for (const cron of payload.crons) cron.resume()
  }
  expect((await api.request('GET', '/ready')).status).toBe(200)
})

test('the runner says when it last started a round; no round for two intervals is stalled', async () => {
  const [cron] = payload.crons
  if (!cron) throw new Error('no job cron')
  await cron.trigger() // one round now, as the minute's tick would
  const res = await api.request<Ready>('GET', '/ready')
  expect(res.body).toMatchObject({ jobs: 'running', jobsLastRun: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })
  // An hour later without another round (the crons tick at least every ten minutes).
  expect(await checkJobs(payload, new Date(Date.now() + 60 * 60_000))).toMatchObject({ ok: false, state: 'stalled' })
})

test('the database connection gone: ready is 503 naming the database, health still ok', async () => {
  // The adapter's connection closes under the running app (a lost disk or server looks the same to it).
  const client: unknown = payload.db.client
  if (!client || typeof client !== 'object' || !('close' in client) || typeof client.close !== 'function') throw new Error('expected the libsql client')
  client.close()
  const res = await api.request<Ready>('GET', '/ready')
  expect(res.status).toBe(503)
  expect(res.body).toMatchObject({ status: 'unavailable', failing: ['database'], database: 'query failed', migrations: 'unknown', jobs: 'running' })
  // Nothing of the database's error reaches the public answer.
  expect(JSON.stringify(res.body)).not.toMatch(/sqlite|closed|\.db/i)
  const health = await api.request('GET', '/health')
  expect(health.status).toBe(200)
})
