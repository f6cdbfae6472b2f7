import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BackupError, messageOf } from './errors'
import { formatBytes } from './files'
import type { Installation } from './installation'
import { withLock } from './lock'
import { localSnapshots, PARTIAL, pruneLocal } from './localStore'
import { type Manifest, snapshotName } from './manifest'
import type { S3SnapshotStore } from './s3Store'
import type { S3Settings } from '../scale/s3'
import type { BackupSettings } from './settings'
import { createSnapshot } from './snapshot'

export interface BackupResult {
  manifest: Manifest
  /** Where the snapshot went: a folder and/or `s3://bucket/backups/<name>/`. */
  locations: string[]
  bytes: number
  /** Older snapshots deleted (BACKUP_KEEP). */
  pruned: string[]
}

/** The bucket's store, loaded only when a bucket is set (the AWS SDK takes a while to load). */
export async function openS3Store(settings: S3Settings): Promise<S3SnapshotStore> {
  const { S3SnapshotStore } = await import('./s3Store')
  return new S3SnapshotStore(settings)
}

/** The lock beside the database that keeps backups and restores of one installation apart. */
export const lockFileOf = (installation: Installation) => path.join(path.dirname(installation.databaseFile), '.backup.lock')

/**
 * One backup: a snapshot written and checked in a folder (BACKUP_DIR, else a temporary one),
 * renamed into place when whole, uploaded to the bucket (BACKUP_S3_BUCKET) when one is set,
 * then the older generations beyond BACKUP_KEEP deleted in each place.
 */
export async function runBackup(installation: Installation, settings: BackupSettings, app: Manifest['app'], log: (line: string) => void = () => undefined): Promise<BackupResult> {
  if (!fs.existsSync(installation.databaseFile)) throw new BackupError(`There is no database at ${installation.databaseFile} (DATABASE_URI): nothing to back up.`)
  return withLock(lockFileOf(installation), 'backup', async () => {
    const name = snapshotName(new Date())
    const parent = settings.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
    const staging = path.join(parent, `${name}${PARTIAL}`)
    const store = settings.s3 ? await openS3Store(settings.s3) : null
    try {
      const manifest = await createSnapshot(installation, staging, { name, app })
      const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0)
      log(`Snapshot ${name}: ${manifest.files.length} files, ${formatBytes(bytes)}, database checked (${Object.values(manifest.database.counts).reduce((a, b) => a + b, 0)} rows).`)
      const locations: string[] = []
      const pruned: string[] = []
      let folder = staging
      // The folder first: a bucket that fails tonight still leaves tonight's snapshot there.
      if (settings.dir) {
        folder = path.join(settings.dir, name)
        fs.renameSync(staging, folder)
        locations.push(folder)
        pruned.push(...pruneLocal(settings.dir, settings.keep))
      }
      if (store) {
        try {
          await store.upload(folder, manifest)
        } catch (error) {
          throw settings.dir ? new BackupError(`${messageOf(error)}\nThe snapshot is complete in ${folder}.`) : error
        }
        locations.push(store.where(name))
        pruned.push(...(await store.prune(settings.keep)))
      }
      return { manifest, locations, bytes, pruned }
    } finally {
      store?.close()
      // What is left here is unfinished (a failure) or was only the way to the bucket.
      fs.rmSync(staging, { recursive: true, force: true })
      if (!settings.dir) fs.rmSync(parent, { recursive: true, force: true })
    }
  })
}

/** The snapshots there are, newest last, for listings and messages. */
export async function listSnapshots(settings: BackupSettings): Promise<{ place: string; names: string[] }[]> {
  const places: { place: string; names: string[] }[] = []
  if (settings.dir) places.push({ place: settings.dir, names: localSnapshots(settings.dir) })
  if (settings.s3) {
    const store = await openS3Store(settings.s3)
    try {
      places.push({ place: store.label, names: await store.list() })
    } finally {
      store.close()
    }
  }
  return places
}
