import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { noteQuery } from './cache/renderNotes'
import { migrations } from './migrations'
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
 * The adapter follows the URI's scheme. SQLite uses string (UUID) IDs so that IDs look the
 * same on both adapters, and in production runs the committed migrations at start-up.
 */
export function databaseAdapter(uri: string, migrationDir: string): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri, transactionOptions: {} })
  }
  return sqliteAdapter({
    client: { url: uri },
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
  })
}
