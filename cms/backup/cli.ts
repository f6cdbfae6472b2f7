/**
 * `npm run backup [-- --list]` and `npm run restore -- <snapshot>` (started by scripts/backup.mjs
 * and scripts/restore.mjs; the nightly job runs the first, task.ts). Works on the files alone:
 * no Payload is started, so a backup costs the running app nothing but disk reads, and a
 * restore never migrates or seeds the database it is about to replace.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { listSnapshots, runBackup } from './backup'
import { BackupError, messageOf } from './errors'
import { formatBytes } from './files'
import { installationFromEnv } from './installation'
import type { Manifest } from './manifest'
import { restoreSnapshot } from './restore'
import { backupSettingsFromEnv } from './settings'
import { resolveSnapshot } from './source'

const USAGE = `Usage:
  npm run backup                  write a snapshot now (database, secret, media and import files)
  npm run backup -- --list        list the snapshots kept
  npm run restore -- <snapshot>   bring a stopped installation back to a snapshot:
                                  a snapshot folder, a snapshot name, s3://<bucket>/backups/<name>, or latest

Environment: DATABASE_URI, MEDIA_DIR, IMPORTS_DIR (as the app), BACKUP_DIR, BACKUP_S3_BUCKET
with S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE,
BACKUP_KEEP (default 7), REDIS_URL (flushed after a restore).`

const say = (line: string) => process.stdout.write(`${line}\n`)

const here = path.dirname(fileURLToPath(import.meta.url))

function appInfo(): Manifest['app'] {
  const file = path.resolve(here, '../../package.json')
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
  const field = (key: string) => (typeof parsed === 'object' && parsed !== null && key in parsed ? String(Reflect.get(parsed, key)) : 'unknown')
  return { name: field('name'), version: field('version') }
}

async function backup(list: boolean) {
  const settings = await backupSettingsFromEnv()
  if (list) {
    for (const { place, names } of await listSnapshots(settings)) say(`${place}\n${names.length ? names.map((n) => `  ${n}`).join('\n') : '  (none)'}`)
    return
  }
  const started = Date.now()
  const { manifest, locations, bytes, pruned } = await runBackup(installationFromEnv(), settings, appInfo(), say)
  say(`Backup ${manifest.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s (${formatBytes(bytes)}):`)
  for (const location of locations) say(`  ${location}`)
  if (pruned.length) say(`Deleted older snapshots (BACKUP_KEEP=${settings.keep}): ${pruned.join(', ')}`)
  if (manifest.secret === 'environment') say('Logins are signed with PAYLOAD_SECRET: keep its value in your password store, it is not in the snapshot.')
  if (process.env.S3_BUCKET) say(`Uploads are stored in the bucket ${process.env.S3_BUCKET} (S3_BUCKET), not in this snapshot: keep that bucket versioned or replicated.`)
}

async function restore(argument: string | undefined) {
  if (!argument) throw new UsageError()
  const started = Date.now()
  const installation = installationFromEnv()
  const typedFrom = process.env.INIT_CWD ?? process.cwd()
  const source = await resolveSnapshot(argument, await backupSettingsFromEnv(), typedFrom, path.dirname(installation.databaseFile))
  try {
    // This version's migrations, by their files (importing them would load the SQLite adapter's migration tooling).
    const knownMigrations = fs
      .readdirSync(path.resolve(here, '../migrations'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
    const { manifest, keptAside } = await restoreSnapshot(source.dir, installation, { log: say, knownMigrations })
    say(`Restored snapshot ${manifest.name} (taken ${manifest.takenAt}, app ${manifest.app.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s into ${installation.databaseFile}.`)
    if (keptAside.length) say(`What was there before is kept (delete it once the restored portal looks right):\n${keptAside.map((p) => `  ${p}`).join('\n')}`)
    if (manifest.secret === 'environment') say('The snapshot was taken with PAYLOAD_SECRET set: start the app with the same value, or everyone logs in again.')
  } finally {
    source.cleanup()
  }
  // The response cache is in the app's memory and starts empty; what outlives the app is in Redis.
  if (process.env.REDIS_URL) {
    const { flushAppKeys } = await import('./redis')
    try {
      say(`Redis: deleted ${await flushAppKeys(process.env.REDIS_URL)} of the app's keys.`)
    } catch (error) {
      say(`${messageOf(error)}\nThe restore itself is done; the keys left in Redis are rate limits that expire within the hour.`)
    }
  }
  say('Start the app now (e.g. systemctl start portal); it applies any newer migrations on start.')
}

class UsageError extends Error {}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } })
  const [command, argument] = positionals
  if (values.help) return say(USAGE)
  if (command === 'backup') return backup(values.list)
  if (command === 'restore') return restore(argument)
  throw new UsageError()
}

try {
  await main()
  process.exit(0)
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${USAGE}\n`)
    process.exit(2)
  }
  if (!(error instanceof BackupError)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
