import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveOptions } from '../defaults'
import { SECRET_FILE, secretFileOf } from '../security/secret'
import { BackupError } from './errors'

/** Everything a snapshot holds of one installation, as paths on this machine. */
export interface Installation {
  /** The SQLite database file (DATABASE_URI `file:…`). */
  databaseFile: string
  /** The generated login secret kept beside it (cms/security/secret.ts); absent while PAYLOAD_SECRET is set. */
  secretFile: string
  /** The folders of uploaded files, by their name in the snapshot (`files/<name>/…`). */
  fileDirs: Record<FileSet, string>
}

/** MEDIA_DIR (media uploads) and IMPORTS_DIR (staff's import spreadsheets and their reports). */
export const FILE_SETS = ['media', 'imports'] as const
export type FileSet = (typeof FILE_SETS)[number]

/**
 * cms/database.ts's DEFAULT_DATABASE_URI: importing that module would load both database
 * adapters (3.5 s before every backup) for one string.
 */
const DEFAULT_DATABASE_URI = 'file:./data/portal.db'

export const MONGODB_HINT = 'DATABASE_URI names MongoDB: back it up with mongodump and restore with mongorestore (README, "Backups, upgrades and recovery").'

/**
 * The installation the environment names, with the app's own defaults (cms/database.ts,
 * cms/defaults.ts), so that backup and restore find what the app uses.
 */
export function installationFromEnv(): Installation {
  const uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI
  if (uri.startsWith('mongodb')) throw new BackupError(MONGODB_HINT)
  if (!uri.startsWith('file:')) throw new BackupError(`DATABASE_URI must start with file: (SQLite) or mongodb:// (MongoDB).`)
  const [location = ''] = uri.split('?')
  const databaseFile = path.resolve(location.startsWith('file://') ? fileURLToPath(location) : location.slice('file:'.length))
  const { mediaDir, importsDir } = resolveOptions({})
  return {
    databaseFile,
    secretFile: secretFileOf(uri) ?? path.join(path.dirname(databaseFile), SECRET_FILE),
    fileDirs: { media: path.resolve(mediaDir), imports: path.resolve(importsDir) },
  }
}
