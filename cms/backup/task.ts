import { spawn } from 'node:child_process'
import path from 'node:path'
import type { JobsConfig, TaskConfig } from 'payload'
import { backupSchedule } from './settings'

export const BACKUP_QUEUE = 'backups'
export const BACKUP_TASK = 'backup'

type BackupTask = { input: object; output: { log: string } }

/**
 * Runs `npm run backup` as a child process and returns what it printed. A child, not a call:
 * libsql works synchronously on the calling thread, so a `VACUUM INTO` of a large database
 * inside the app would hold up every request for its duration; in a process of its own it
 * costs the app only disk reads. The app runs from its own folder (`npm start`), where
 * scripts/backup.mjs is.
 */
function backupInChildProcess(): Promise<string> {
  return new Promise((resolve, reject) => {
    // The app's environment as it is now (spawn's default is the one the process started with).
    const child = spawn(process.execPath, [path.resolve('scripts/backup.mjs')], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const output: string[] = []
    child.stdout.on('data', (chunk) => output.push(String(chunk)))
    child.stderr.on('data', (chunk) => output.push(String(chunk)))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(output.join('').trim()) : reject(new Error(`npm run backup failed (exit ${code}): ${output.join('').trim()}`))))
  })
}

/**
 * The nightly backup as a Payload job, only when BACKUP_SCHEDULE is set. It never runs twice at
 * once: Payload's scheduler queues it only when none is waiting or running (its default
 * beforeSchedule), and the backup itself takes a lock file that a backup started by hand also
 * takes (lock.ts). With several app instances, JOBS_AUTORUN=false on all but one (as for the
 * other jobs) keeps it to one machine.
 */
export function backupJobs(env: Record<string, string | undefined> = process.env): Pick<JobsConfig, 'tasks' | 'autoRun'> {
  const cron = backupSchedule(env.BACKUP_SCHEDULE)
  if (!cron) return { tasks: [], autoRun: [] }
  const task: TaskConfig<BackupTask> = {
    slug: BACKUP_TASK,
    label: 'Back up the database and the uploaded files',
    // A failed night is retried by the next one; the error is in the job's log and the app's.
    retries: 0,
    schedule: [{ cron, queue: BACKUP_QUEUE }],
    outputSchema: [{ name: 'log', type: 'textarea', required: true }],
    handler: async () => ({ output: { log: await backupInChildProcess() } }),
  }
  // The runner looks at the backup queue every minute; the schedule decides when a backup is due.
  return { tasks: [task], autoRun: [{ cron: '15 * * * * *', queue: BACKUP_QUEUE }] }
}
