import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { lockFileOf, runBackup } from '@cms/backup/backup'
import { installationFromEnv } from '@cms/backup/installation'
import { withLock } from '@cms/backup/lock'
import { backupSettingsFromEnv } from '@cms/backup/settings'
import { BACKUP_QUEUE, BACKUP_TASK, backupJobs } from '@cms/backup/task'
import { bootPayload } from './helpers/payload'

/*
 * The nightly backup as the app runs it: BACKUP_SCHEDULE registers a Payload task on its own
 * queue, the scheduler queues it once however often it looks, and the job runs `npm run backup`.
 */
let payload: Payload
let cleanup: () => Promise<void>
let backups: string

beforeAll(async () => {
  backups = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-job-'))
  Object.assign(process.env, { BACKUP_SCHEDULE: '30 2 * * *', BACKUP_DIR: backups })
  ;({ payload, cleanup } = await bootPayload())
}, 120000)
afterAll(async () => {
  await cleanup?.()
  fs.rmSync(backups, { recursive: true, force: true })
  delete process.env.BACKUP_SCHEDULE
  delete process.env.BACKUP_DIR
})

test('BACKUP_SCHEDULE registers the task; unset, there is none; nonsense is refused', () => {
  const task = payload.config.jobs.tasks?.find((t) => t.slug === BACKUP_TASK)
  expect(task?.schedule).toEqual([{ cron: '30 2 * * *', queue: BACKUP_QUEUE }])
  expect(backupJobs({})).toEqual({ tasks: [], autoRun: [] })
  expect(() => backupJobs({ BACKUP_SCHEDULE: 'nightly' })).toThrow('BACKUP_SCHEDULE must be a cron expression such as "30 2 * * *"')
})

test('the scheduler queues one backup, however often it looks', async () => {
  const first = await payload.jobs.handleSchedules({ queue: BACKUP_QUEUE })
  const second = await payload.jobs.handleSchedules({ queue: BACKUP_QUEUE })
  expect(first.queued.map((q) => q.taskConfig?.slug)).toEqual([BACKUP_TASK])
  expect(second.queued).toEqual([])
  const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: BACKUP_TASK } } })
  expect(totalDocs).toBe(1)
})

test('the job writes a snapshot through npm run backup', async () => {
  // @ts-expect-error the task exists only with BACKUP_SCHEDULE, so the generated types do not name it
  await payload.jobs.queue({ task: BACKUP_TASK, input: {}, queue: BACKUP_QUEUE })
  await payload.jobs.run({ queue: BACKUP_QUEUE })
  // Payload deletes a job once it completes: a failed one would be left with its error.
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: BACKUP_TASK } }, { hasError: { equals: true } }] } })
  expect(docs.map((d) => d.error)).toEqual([])
  const [snapshot, ...others] = fs.readdirSync(backups)
  expect(snapshot).toMatch(/^\d{8}T\d{6}\.\d{3}Z$/)
  expect(others).toEqual([])
  expect(fs.existsSync(path.join(backups, snapshot ?? '', 'manifest.json'))).toBe(true)
}, 60000)

test('a backup while another one runs is refused', async () => {
  const installation = installationFromEnv()
  await withLock(lockFileOf(installation), 'test', async () => {
    await expect(runBackup(installation, await backupSettingsFromEnv(), { name: 'test', version: '0' })).rejects.toThrow(
      `The backup cannot start: another backup or restore is running (process ${process.pid}`,
    )
  })
})
