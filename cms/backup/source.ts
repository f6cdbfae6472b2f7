import fs from 'node:fs'
import path from 'node:path'
import { listSnapshots, openS3Store } from './backup'
import { BackupError } from './errors'
import { isSnapshotName, S3_PREFIX } from './manifest'
import type { S3SnapshotStore } from './s3Store'
import { type BackupSettings, s3SettingsFor } from './settings'

/** A snapshot folder ready to be read, and how to tidy up after (a downloaded copy is removed). */
export interface SnapshotSource {
  dir: string
  cleanup: () => void
}

/**
 * What `npm run restore -- <snapshot>` accepts: a snapshot folder; a snapshot's name (looked for
 * in BACKUP_DIR, then in BACKUP_S3_BUCKET); `s3://bucket/backups/<name>`; or `latest`, the
 * newest there is. A snapshot from a bucket is downloaded into `scratch` (beside the database,
 * so that it lands on the disk the restore writes to) and checked there like any other.
 */
export async function resolveSnapshot(argument: string, settings: BackupSettings, here: string, scratch: string): Promise<SnapshotSource> {
  const asFolder = path.resolve(here, argument)
  if (!argument.startsWith('s3://') && fs.existsSync(asFolder) && fs.statSync(asFolder).isDirectory()) return { dir: asFolder, cleanup: () => undefined }

  if (argument.startsWith('s3://')) {
    const match = /^s3:\/\/([^/]+)\/(?:(.*)\/)?([^/]+)\/?$/.exec(argument)
    const [, bucket = '', prefix = '', name = ''] = match ?? []
    if (!match || `${prefix}/` !== S3_PREFIX || !isSnapshotName(name)) throw new BackupError(`"${argument}" is not a snapshot address: expected s3://<bucket>/${S3_PREFIX}<name>, e.g. s3://portal-backups/${S3_PREFIX}20261205T023000.000Z`)
    const s3 = await s3SettingsFor(bucket)
    if (!s3) throw new BackupError('Set the S3_* variables to read from a bucket.')
    return download(await openS3Store(s3), name, scratch)
  }

  const places = await listSnapshots(settings)
  const name = argument === 'latest' ? places.flatMap((p) => p.names).sort().pop() : argument
  if (name && isSnapshotName(name)) {
    if (settings.dir && places.some((p) => p.place === settings.dir && p.names.includes(name))) return { dir: path.join(settings.dir, name), cleanup: () => undefined }
    if (settings.s3 && places.some((p) => p.place !== settings.dir && p.names.includes(name))) return download(await openS3Store(settings.s3), name, scratch)
  }
  const listing = places.map((p) => `  ${p.place}: ${p.names.length ? p.names.slice(-5).join(', ') : 'none'}`).join('\n')
  throw new BackupError(
    argument === 'latest' ? `There is no snapshot yet:\n${listing}` : `There is no snapshot "${argument}": not a folder, and not the name of a snapshot in\n${listing}`,
  )
}

async function download(store: S3SnapshotStore, name: string, scratch: string): Promise<SnapshotSource> {
  const dir = path.join(scratch, `.restore-download-${name}`)
  fs.rmSync(dir, { recursive: true, force: true })
  try {
    await store.download(name, dir)
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  } finally {
    store.close()
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
