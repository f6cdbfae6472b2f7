import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The file beside a SQLite database that keeps its generated secret; back it up with the database. */
export const SECRET_FILE = '.payload-secret'

export const MISSING_SECRET =
  'PAYLOAD_SECRET must be set in production: it signs the logins. Generate one with `openssl rand -hex 32` and keep it with the database backup.'

const randomSecret = () => randomBytes(32).toString('hex')

/**
 * The secret that signs logins. There is no default in the source: PAYLOAD_SECRET if set;
 * production (NODE_ENV=production without DEMO=true) refuses to start without it; `next build`
 * signs nothing and gets a throw-away value. Elsewhere (the demo, development) a SQLite database
 * gets a random secret generated on its first start and kept beside it (`.payload-secret`, mode
 * 0600), so logins survive restarts; MongoDB gets a random one per process (logins end with it).
 */
/** The variables read (process.env, or a test's own). */
type Environment = Record<string, string | undefined>

export function payloadSecret(databaseURI: string, env: Environment = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return randomSecret()
  if (env.NODE_ENV === 'production' && env.DEMO !== 'true') throw new Error(MISSING_SECRET)
  const file = secretFileOf(databaseURI)
  return file ? keptSecret(file) : randomSecret()
}

/** Where the secret of a `file:` database is kept (its directory), or null for other databases. */
export function secretFileOf(databaseURI: string): string | null {
  if (!databaseURI.startsWith('file:')) return null
  const [location = ''] = databaseURI.split('?')
  const dbFile = location.startsWith('file://') ? fileURLToPath(location) : location.slice('file:'.length)
  return path.join(path.dirname(path.resolve(dbFile)), SECRET_FILE)
}

/**
 * Reads the kept secret or creates it. Created under a temporary name and linked into place,
 * so two processes starting at once agree on one secret and nobody reads a half-written file.
 */
function keptSecret(file: string): string {
  const existing = readSecret(file)
  if (existing) return existing
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  fs.writeFileSync(temporary, `${randomSecret()}\n`, { mode: 0o600 })
  try {
    fs.linkSync(temporary, file)
    console.info(`Generated the login secret in ${file} (keep it with the database; set PAYLOAD_SECRET in production).`)
  } catch (error) {
    // Another process linked its secret first: that one is kept.
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
  } finally {
    fs.rmSync(temporary, { force: true })
  }
  const kept = readSecret(file)
  if (!kept) throw new Error(`${file} could not be read back.`)
  return kept
}

function readSecret(file: string): string | null {
  if (!fs.existsSync(file)) return null
  // Only the app's own account may read it, even when it was copied back from a backup.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600)
  const value = fs.readFileSync(file, 'utf8').trim()
  if (!value) throw new Error(`${file} is empty: put the secret back from the backup, or delete the file to generate a new one (everyone logs in again).`)
  return value
}
