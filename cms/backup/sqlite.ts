import fs from 'node:fs'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { BackupError, codeOf, messageOf } from './errors'

/*
 * The SQLite side of backup and restore. A backup is a copy of the database file, so this is
 * adapter specific by nature: it opens the file with the SQLite adapter's own libsql driver
 * (re-exported by @payloadcms/db-sqlite) on a connection of its own, never through the app's.
 * MongoDB has its own tools (mongodump / mongorestore, README).
 */
type Connection = ReturnType<typeof drizzle>['$client']

function open(file: string): Connection {
  return drizzle(`file:${file}`).$client
}

async function withConnection<T>(file: string, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = open(file)
  try {
    // A writer checkpointing at this moment holds the database for a few milliseconds: wait for it.
    await connection.execute('PRAGMA busy_timeout = 10000')
    return await work(connection)
  } finally {
    connection.close()
  }
}

/**
 * Writes a consistent copy of the live database to `target` with `VACUUM INTO`: one read
 * transaction, so the copy is the database as of one moment, while the app goes on reading
 * and (in WAL mode) writing. The copy is compacted and leaves out the write-ahead log, and it
 * is switched to a plain rollback journal so that opening it never creates -wal/-shm files
 * beside it (the app switches its database back to WAL when it starts).
 */
export async function copyDatabase(source: string, target: string): Promise<void> {
  await withConnection(source, (c) => c.execute({ sql: 'VACUUM INTO ?', args: [target] }))
  await withConnection(target, (c) => c.execute('PRAGMA journal_mode = DELETE'))
}

export interface DatabaseReport {
  /** The rows of every table, by table name (a collection `news` is the table `news`). */
  counts: Record<string, number>
  /** The migrations recorded as applied, oldest first (`dev` where a development schema was pushed). */
  migrations: string[]
}

const text = (value: unknown) => (typeof value === 'string' ? value : String(value))

/**
 * Opens a database copy and checks it: SQLite's own integrity check (every page, index and
 * constraint), then counts the rows of every table and reads which migrations it has.
 */
export async function inspectDatabase(file: string): Promise<DatabaseReport> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} is missing.`)
  return withConnection(file, async (c) => {
    const check = await c.execute('PRAGMA integrity_check').catch((error: unknown) => {
      throw new BackupError(`${file} is not a readable SQLite database (${messageOf(error)}).`)
    })
    const verdict = check.rows.map((row) => text(row[0]))
    if (verdict.join() !== 'ok') throw new BackupError(`${file} fails SQLite's integrity check: ${verdict.slice(0, 3).join('; ')}`)
    const tables = await c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const name = text(row[0])
      const result = await c.execute(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(result.rows[0]?.[0] ?? 0)
    }
    const migrations = 'payload_migrations' in counts ? (await c.execute('SELECT name FROM payload_migrations ORDER BY created_at, name')).rows.map((r) => text(r[0])) : []
    return { counts, migrations }
  })
}

/**
 * Whether a process has the database open: the app keeps its connection for its whole life,
 * in WAL mode, and SQLite lets a connection leave WAL mode only when it is the database's
 * only one. So switching to a rollback journal succeeds exactly when nobody else has it open,
 * on this machine, whatever port or service manager the app runs under (a port check would
 * miss an app on another port, and a pid file one started by hand). As a side effect the
 * write-ahead log is folded into the file, so the old database is complete in one file.
 */
export async function databaseInUse(file: string): Promise<boolean> {
  if (!fs.existsSync(file)) return false
  const connection = open(file)
  try {
    const result = await connection.execute('PRAGMA journal_mode = DELETE')
    return text(result.rows[0]?.[0]).toLowerCase() !== 'delete'
  } catch (error) {
    if (/SQLITE_BUSY|locked/i.test(`${codeOf(error)} ${messageOf(error)}`)) return true
    throw error
  } finally {
    connection.close()
  }
}

/**
 * The bus's log of changes left by processes without an app (cms/cache/bus.ts, key
 * `portal:changes` in Payload's key-value store, table `payload_kv`). A restored log names
 * changes made before the snapshot; an app reading it on start only notes where the log
 * stands, so this is tidiness rather than need, but it keeps a restored database from
 * carrying news of writes that are no longer in it. Pending e-mail changes in the same
 * store are data and stay.
 */
export const BUS_LOG_KEY = 'portal:changes'

export async function forgetChangeLog(file: string): Promise<void> {
  await withConnection(file, async (c) => {
    const table = await c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_kv'")
    if (table.rows.length) await c.execute({ sql: 'DELETE FROM payload_kv WHERE key = ?', args: [BUS_LOG_KEY] })
  })
}
