import path from 'node:path'
import type { S3Settings } from '../scale/s3'
import { BackupError } from './errors'

export interface BackupSettings {
  /** BACKUP_DIR: the folder that keeps snapshots; `backups/` in the app's folder when no bucket is set either. */
  dir: string | null
  /** BACKUP_S3_BUCKET with the S3_* endpoint, region and keys the uploads use (cms/scale/s3.ts). */
  s3: S3Settings | null
  /** BACKUP_KEEP: how many snapshots are kept in each place; older ones are deleted after a backup. */
  keep: number
  /** BACKUP_SCHEDULE: the cron expression of the app's own backup job; none when unset. */
  schedule: string | null
}

export const DEFAULT_KEEP = 7

export async function backupSettingsFromEnv(env: Record<string, string | undefined> = process.env): Promise<BackupSettings> {
  const bucket = env.BACKUP_S3_BUCKET?.trim()
  const s3 = bucket ? await s3SettingsFor(bucket, env) : null
  const dir = env.BACKUP_DIR?.trim() ? path.resolve(env.BACKUP_DIR.trim()) : s3 ? null : path.resolve('backups')
  const keepText = env.BACKUP_KEEP?.trim() || String(DEFAULT_KEEP)
  const keep = Number(keepText)
  if (!Number.isInteger(keep) || keep < 1) throw new BackupError(`BACKUP_KEEP must be a whole number of snapshots, at least 1 (got "${keepText}").`)
  return { dir, s3, keep, schedule: backupSchedule(env.BACKUP_SCHEDULE) }
}

/**
 * The same endpoint, region and keys as the uploads' bucket (one set of S3_* variables) for
 * another bucket. Loaded only when a bucket is named: cms/scale/s3.ts brings Payload's storage
 * plugin, a few seconds of start-up a backup to a folder does not need.
 */
export async function s3SettingsFor(bucket: string, env: Record<string, string | undefined> = process.env): Promise<S3Settings | null> {
  const { s3SettingsFromEnv } = await import('../scale/s3')
  return s3SettingsFromEnv({ ...env, S3_BUCKET: bucket })
}

/**
 * A cron expression of five fields (minute hour day month weekday, e.g. `30 2 * * *` for
 * 02:30 every night) or six (seconds first, like the app's other jobs). Payload's scheduler
 * reads both; anything else is refused at start rather than never running.
 */
export function backupSchedule(value: string | undefined): string | null {
  const cron = value?.trim()
  if (!cron) return null
  const fields = cron.split(/\s+/)
  if ((fields.length !== 5 && fields.length !== 6) || !fields.every((f) => /^[\d*,/\-A-Za-z?LW#]+$/.test(f))) {
    throw new BackupError(`BACKUP_SCHEDULE must be a cron expression such as "30 2 * * *" (02:30 every night); got "${cron}".`)
  }
  return cron
}
