import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { noteQuery } from './cache/renderNotes'
import { migrations } from './migrations'
import { SerializedSqliteClient } from './sqliteClient'
import { indexLocalesByParent } from './sqliteIndexes'

export const DEFAULT_DATABASE_URI = 'file:./data/portal.db'

/** See `busyTimeout` below. */
export const SQLITE_BUSY_TIMEOUT_MS = 200

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URI must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB); got "${uri.split(':')[0]}:…"`)
}

/**
 * The adapter follows the URI's scheme. MongoDB's package (with mongoose and the driver, about
 * as much code as the SQLite adapter) is loaded only for a MongoDB URI: a process on SQLite
 * (each app start, CLI run and test file) starts without it.
 */
export function databaseAdapter(uri: string, migrationDir: string): Promise<DatabaseAdapterObj> {
  // A URI of neither kind throws here, while the config loads, not later.
  if (databaseKind(uri) === 'mongodb') return import('@payloadcms/db-mongodb').then(({ mongooseAdapter }) => mongooseAdapter({ url: uri, transactionOptions: {} }))
  return Promise.resolve(sqliteDatabase(uri, migrationDir))
}

/**
 * The SQLite adapter. It uses string (UUID) IDs so that IDs look the same on both adapters, and
 * in production runs the committed migrations at start-up.
 */
export function sqliteDatabase(uri: string, migrationDir: string): DatabaseAdapterObj {
  return withSerializedClient(sqliteAdapter({
    client: { url: uri },
    // Every Payload operation (a save: the document's row, its languages, relations, arrays and
    // version) is one transaction, so that a kill halfway leaves the old document or the new one,
    // never one without its other languages. Made safe by the client (cms/sqliteClient.ts).
    transactionOptions: {},
    // WAL lets the portal read while an editor or an import writes, and with synchronous=NORMAL
    // a save waits for the disk once per checkpoint instead of once per statement (a service
    // save with its hooks: 112 → 76 ms). A power cut may lose the last moments, never corrupt.
    wal: { synchronous: 'NORMAL' },
    // How long a write waits for another process's lock (a second instance, a backup, an admin's
    // sqlite3 shell) before it is answered 503 (cms/security/errorResponse.ts). Short on purpose:
    // libsql runs on the main thread, so the wait stops the whole server, cached pages
    // included (measured: a 1 s timeout is a 1 s pause for every reader, per write tried).
    // Ordinary write collisions last milliseconds; a longer lock is an outage and gets a 503.
    // Readers never wait: in WAL mode they read beside a writer's lock.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    idType: 'uuid',
    // The HSDS import creates documents under their HSDS ids (UUIDs); nobody else may (hooks/givenIds.ts).
    allowIDOnCreate: true,
    migrationDir,
    prodMigrations: migrations,
    afterSchemaInit: [indexLocalesByParent],
    // Counts the statements of a page render (cms/cache/renderNotes.ts); nothing is logged.
    logger: { logQuery: noteQuery },
    // Tests and development push the schema; production applies migrations only.
    push: process.env.NODE_ENV !== 'production',
  }))
}

/** Whether the database has one writer at a time (SQLite): then long work must not hold a transaction across many saves, or every other save waits for it. */
export const oneWriterAtATime = (db: { name: string }): boolean => db.name === 'sqlite'

/**
 * Gives the adapter our client (cms/sqliteClient.ts) before its connect() would make libsql's
 * own; connect() then uses it as it is, so the pragmas it would run are run here, for both
 * connections, with the adapter's resolved settings.
 */
function withSerializedClient(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (!connect) return db
      db.connect = async function (this: typeof db, options) {
        if (hasSqliteSettings(this) && !this.client) this.client = await SerializedSqliteClient.open(this.clientConfig.url, { busyTimeoutMs: this.busyTimeout ?? 0, wal: this.wal || false })
        return connect.call(this, options)
      }
      return db
    },
  }
}

/** What @payloadcms/db-sqlite's adapter keeps of its settings (its own type calls the client `LibSQLDatabase`'s). */
interface SqliteInternals {
  client?: unknown
  clientConfig: { url: string }
  busyTimeout?: number
  wal?: false | { journalSizeLimit: number; synchronous: string }
}

const hasSqliteSettings = (db: object): db is SqliteInternals =>
  'clientConfig' in db && typeof db.clientConfig === 'object' && db.clientConfig !== null && 'url' in db.clientConfig && typeof db.clientConfig.url === 'string'
