import fs from 'node:fs'
import path from 'node:path'
import { lockFileOf } from './backup'
import { BackupError, messageOf } from './errors'
import { FILE_SETS, type Installation } from './installation'
import { withLock } from './lock'
import { DATABASE_COPY, type Manifest, readManifest, SECRET_COPY, snapshotName } from './manifest'
import { verifySnapshot } from './snapshot'
import { databaseInUse, forgetChangeLog } from './sqlite'

export interface RestoreResult {
  manifest: Manifest
  /** What was there before, kept under `<name>.before-restore-<time>` until someone deletes it. */
  keptAside: string[]
}

const STAGED = '.restoring'

/** One place of the installation: what is staged for it, or null when the snapshot brings nothing for it. */
interface Swap {
  target: string
  staged: string | null
}

/**
 * Brings a stopped installation back to a snapshot folder.
 *
 * 1. The snapshot is checked first (every file against the manifest's SHA-256, the database
 *    copy opened and checked): a damaged snapshot changes nothing.
 * 2. The app must be stopped: databaseInUse (sqlite.ts) says why that check is reliable.
 * 3. Everything is copied beside its place under a temporary name (`….restoring`): the
 *    database, the secret, the media and imports folders. A full disk fails here, with the
 *    installation untouched.
 * 4. Then renames only: the old database (with its -wal/-shm, which would not fit the new
 *    file), secret and folders move aside to `….before-restore-<time>`, the staged ones take
 *    their place. A rename that fails undoes the ones before it.
 *
 * The page cache needs nothing: the response cache lives in the app's memory (web/server.mjs)
 * and starts empty with the app. Redis is flushed by the caller (cli.ts): it is shared.
 */
export async function restoreSnapshot(
  source: string,
  installation: Installation,
  { log = () => undefined, knownMigrations }: { log?: (line: string) => void; knownMigrations?: string[] } = {},
): Promise<RestoreResult> {
  const manifest = readManifest(source)
  // The app migrates forward on start, never back: a database from a newer version would not fit this code.
  const unknown = knownMigrations ? manifest.database.migrations.filter((m) => m !== 'dev' && !knownMigrations.includes(m)) : []
  if (unknown.length) {
    throw new BackupError(
      `Snapshot ${manifest.name} comes from a newer version of the app (${manifest.app.version}; its database has the migration ${unknown.join(', ')}, which this version lacks). Install that version first, then restore. Nothing was changed.`,
    )
  }
  log(`Checking snapshot ${manifest.name} (${manifest.files.length} files)…`)
  const problems = await verifySnapshot(source, manifest)
  if (problems.length) throw new BackupError(`Snapshot ${manifest.name} is damaged; nothing was changed:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`)

  fs.mkdirSync(path.dirname(installation.databaseFile), { recursive: true })
  return withLock(lockFileOf(installation), 'restore', async () => {
    if (await databaseInUse(installation.databaseFile)) {
      throw new BackupError(`The app is running on ${installation.databaseFile}: stop it first (e.g. systemctl stop portal), then restore. Nothing was changed.`)
    }
    const swaps = stage(source, manifest, installation)
    try {
      await forgetChangeLog(staged(swaps, installation.databaseFile))
    } catch (error) {
      unstage(swaps)
      throw error
    }
    log('Snapshot copied beside the installation; swapping it in…')
    return { manifest, keptAside: swap(swaps, snapshotName(new Date())) }
  })
}

function staged(swaps: Swap[], target: string): string {
  const found = swaps.find((s) => s.target === target)?.staged
  if (!found) throw new Error(`nothing staged for ${target}`)
  return found
}

function stage(source: string, manifest: Manifest, installation: Installation): Swap[] {
  const { databaseFile, secretFile, fileDirs } = installation
  const swaps: Swap[] = [
    { target: databaseFile, staged: `${databaseFile}${STAGED}` },
    // The old database's write-ahead log and index belong to the old file only.
    { target: `${databaseFile}-wal`, staged: null },
    { target: `${databaseFile}-shm`, staged: null },
    // With PAYLOAD_SECRET the snapshot has no secret file, and the one here (if any) stays.
    ...(manifest.secret === 'file' ? [{ target: secretFile, staged: `${secretFile}${STAGED}` }] : []),
    ...FILE_SETS.map((set) => ({ target: fileDirs[set], staged: `${fileDirs[set]}${STAGED}` })),
  ]
  unstage(swaps)
  try {
    fs.copyFileSync(path.join(source, DATABASE_COPY), staged(swaps, databaseFile))
    if (manifest.secret === 'file') {
      fs.copyFileSync(path.join(source, SECRET_COPY), staged(swaps, secretFile))
      fs.chmodSync(staged(swaps, secretFile), 0o600)
    }
    for (const set of FILE_SETS) {
      const into = staged(swaps, fileDirs[set])
      fs.mkdirSync(path.dirname(into), { recursive: true })
      const from = path.join(source, 'files', set)
      if (fs.existsSync(from)) fs.cpSync(from, into, { recursive: true })
      else fs.mkdirSync(into)
    }
  } catch (error) {
    unstage(swaps)
    throw new BackupError(`Could not copy the snapshot beside the installation (${messageOf(error)}); nothing was changed.`)
  }
  return swaps
}

function unstage(swaps: Swap[]) {
  for (const { staged } of swaps) if (staged) fs.rmSync(staged, { recursive: true, force: true })
}

function swap(swaps: Swap[], stamp: string): string[] {
  const done: [from: string, to: string][] = []
  const move = (from: string, to: string) => {
    fs.renameSync(from, to)
    done.push([from, to])
  }
  try {
    for (const { target, staged } of swaps) {
      if (fs.existsSync(target)) move(target, `${target}.before-restore-${stamp}`)
      if (staged) move(staged, target)
    }
  } catch (error) {
    for (const [from, to] of done.reverse()) fs.renameSync(to, from)
    unstage(swaps)
    throw new BackupError(`Could not put the snapshot in place (${messageOf(error)}); the installation is as it was.`)
  }
  return done.filter(([, to]) => to.includes('.before-restore-')).map(([, to]) => to)
}
