// Types only from libsql: the client itself comes through the adapter's re-export, as in cms/backup/sqlite.ts.
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { AsyncLock, LockTimeoutError } from '@shared/asyncLock'

/*
 * The SQLite connection(s) behind Payload's SQLite adapter, made fit for Payload's per-operation
 * transactions (one save = the document's row, its languages, relations, arrays and version:
 * all of it or none of it, also when the process is killed halfway).
 *
 * libsql's own client cannot be used for that as it is: its `transaction()` hands the client's
 * connection to the transaction and lazily opens a new one for everything else, without the
 * adapter's pragmas (busy_timeout, synchronous) and without ever closing the old one; and two
 * connections of one process that both write collide in SQLite's lock, where the second one's
 * busy handler sleeps on the main thread while the first cannot get a turn to finish (a write
 * beside an open transaction failed with SQLITE_BUSY, bench/results/import.md).
 *
 * So this client keeps two connections, both with the same pragmas: one for reads and writes
 * outside a transaction, one for transactions. The process's writes take turns through an
 * asynchronous lock (a transaction holds it from BEGIN to COMMIT or ROLLBACK, a write outside a
 * transaction for its statement): a write waits for the one before it without blocking the event
 * loop, and SQLite's busy timeout is left for what it is meant for, another process's lock (a
 * second instance, a backup, an admin's shell), which still answers 503 after
 * SQLITE_BUSY_TIMEOUT_MS. Reads never wait: in WAL mode they read the last commit beside a writer.
 */


export interface ConnectionPragmas {
  busyTimeoutMs: number
  /** WAL mode with this journal size limit and `synchronous` level; false: the file's own journal mode. */
  wal: false | { journalSizeLimit: number; synchronous: string }
}

/**
 * How long a write waits for the process's other writes before it gives up with SQLITE_BUSY
 * (answered 503 like any lock). Writes take milliseconds and the long work saves document by
 * document, so a wait this long means a transaction that never ends, or a hook that writes without
 * `req` while its own operation's transaction waits for it (pass `req`: then it is part of it).
 */
export const WRITE_QUEUE_TIMEOUT_MS = 10_000

/**
 * After a write found the database locked by another process, how long further writes are tried
 * without waiting (busy timeout 0: refused at once while the lock lasts, through as soon as it
 * is gone). SQLite's busy handler sleeps on the main thread: during an outage every write tried
 * (saves, the page-view counter, the job runner) would otherwise stop the whole server, cached
 * pages included, for the busy timeout each (tests/e2e/outage.test.ts: readers timed out).
 */
export const FOREIGN_LOCK_BACKOFF_MS = 1000

const BEGIN: Record<TransactionMode, string> = {
  // IMMEDIATE takes the write lock at once: a deferred transaction that first reads and then
  // writes would fail without waiting when another process wrote in between.
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** Whether a statement only reads (it may then run beside a transaction of this process). */
export function isReadOnlyStatement(sql: string): boolean {
  const text = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '')
  if (/^(select|explain)\b/i.test(text)) return true
  // A common table expression may end in a write.
  if (/^with\b/i.test(text)) return !/\b(insert|update|delete|replace)\b/i.test(text)
  // PRAGMA name / PRAGMA name(arg) reads; PRAGMA name = value sets.
  return /^pragma\s+[\w.]+\s*(\([^)]*\))?\s*;?\s*$/i.test(text)
}

const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** The error a write gets when the lock stays taken: the same code as SQLite's, so it is answered 503 (shared/databaseUnavailable.ts). */
function busy(error: LockTimeoutError): Error {
  return Object.assign(new Error(`SQLITE_BUSY: database is locked (this write ${error.message} behind this process's other writes)`, { cause: error }), { code: 'SQLITE_BUSY' })
}

async function open(url: string, pragmas: ConnectionPragmas): Promise<Client> {
  const client = drizzle(url).$client
  try {
    // As @payloadcms/db-sqlite's connect() does for the one connection it makes.
    if (pragmas.busyTimeoutMs > 0) await client.execute(`PRAGMA busy_timeout = ${pragmas.busyTimeoutMs}`)
    if (pragmas.wal) {
      const mode = await client.execute('PRAGMA journal_mode')
      if (mode.rows[0]?.journal_mode !== 'wal') {
        await client.execute('PRAGMA journal_mode = WAL')
        await client.execute(`PRAGMA journal_size_limit = ${pragmas.wal.journalSizeLimit}`)
      }
      await client.execute(`PRAGMA synchronous = ${pragmas.wal.synchronous}`)
    }
    return client
  } catch (error) {
    client.close()
    throw error
  }
}

/** SQLITE_BUSY and SQLITE_LOCKED, also extended (libsql's `code`, or its numeric `rawCode`). */
function isLockError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, rawCode } = error as { code?: unknown; rawCode?: unknown }
  return (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) || (typeof rawCode === 'number' && [5, 6].includes(rawCode & 0xff))
}

/**
 * One SQLite connection that replaces itself after a lock error. libsql leaves a statement that
 * failed with SQLITE_BUSY un-reset (SQLite lets such a statement be retried), and while it is, the
 * connection never commits again: later writes on it report success and are lost when the process
 * ends, and a COMMIT fails with "SQL statements in progress" (reproduced: a write refused during
 * another process's lock broke every later save of the server). A fresh connection has no such
 * statement; the old one is rolled back and closed.
 */
class Connection {
  private client: Promise<Client> | null = null

  constructor(
    private url: string,
    private pragmas: ConnectionPragmas,
    first?: Client,
  ) {
    if (first) this.client = Promise.resolve(first)
  }

  private get(): Promise<Client> {
    if (!this.client) {
      const opening = open(this.url, this.pragmas)
      this.client = opening
      // A failed open (the file away) is tried again next time.
      opening.catch(() => {
        if (this.client === opening) this.client = null
      })
    }
    return this.client
  }

  /** Runs `work` on the connection; after a lock error the connection is replaced before the error is passed on. */
  async use<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.get()
    try {
      return await work(client)
    } catch (error) {
      if (isLockError(error)) await this.replace(client)
      throw error
    }
  }

  private async replace(client: Client): Promise<void> {
    this.client = null
    // Inside a transaction, this ends it; outside one there is nothing to roll back (an error then).
    await client.execute('ROLLBACK').catch(() => undefined)
    client.close()
  }

  async close(): Promise<void> {
    const client = this.client
    this.client = null
    await client?.then((c) => c.close()).catch(() => undefined)
  }
}

/** A transaction on the transaction connection; ending it (commit, rollback, close) lets the next write go. */
class LockedTransaction implements Transaction {
  private done = false

  constructor(
    private connection: Connection,
    private release: () => void,
  ) {}

  get closed(): boolean {
    return this.done
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    if (this.done) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
    try {
      return await this.connection.use((client) => client.execute(stmt))
    } catch (error) {
      // After a lock error the connection was replaced, and the transaction rolled back with it.
      if (isLockError(error)) this.finish()
      throw error
    }
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await this.execute(stmt))
    return results
  }

  // libsql's executeMultiple rolls back whatever transaction its connection has open when it ends.
  executeMultiple(): Promise<void> {
    return Promise.reject(new Error('executeMultiple is not available inside a transaction'))
  }

  async commit(): Promise<void> {
    try {
      await this.execute('COMMIT')
    } catch (error) {
      await this.rollback()
      throw error
    }
    this.finish()
  }

  async rollback(): Promise<void> {
    if (this.done) return
    try {
      // SQLite may have rolled back by itself already (an I/O error, a full disk): then this fails, which is fine.
      await this.connection.use((client) => client.execute('ROLLBACK'))
    } catch {
      // no transaction was open any more
    } finally {
      this.finish()
    }
  }

  close(): void {
    void this.rollback()
  }

  private finish(): void {
    this.done = true
    this.release()
  }
}

/** The client given to the SQLite adapter (see the comment at the top). */
export class SerializedSqliteClient implements Client {
  readonly protocol = 'file'
  private writes = new AsyncLock()
  private closedByApp = false

  private constructor(
    private main: Connection,
    /** Opened at the first transaction; one is enough, since transactions take turns. */
    private forTransactions: Connection,
    private busyTimeoutMs: number,
  ) {}

  static async open(url: string, pragmas: ConnectionPragmas): Promise<SerializedSqliteClient> {
    // The first connection at once, so that a database that cannot be opened fails the start.
    return new SerializedSqliteClient(new Connection(url, pragmas, await open(url, pragmas)), new Connection(url, pragmas), pragmas.busyTimeoutMs)
  }

  get closed(): boolean {
    return this.closedByApp
  }

  /** Until when writes do not wait for a lock (FOREIGN_LOCK_BACKOFF_MS after another process's lock was met). */
  private lockedUntil = 0

  private async lock(): Promise<() => void> {
    let release: () => void
    try {
      release = await this.writes.acquire(WRITE_QUEUE_TIMEOUT_MS)
    } catch (error) {
      throw error instanceof LockTimeoutError ? busy(error) : error
    }
    return release
  }

  /**
   * Runs a write on `connection`, noting a lock of another process (the process's own writes take
   * turns and never meet one). Shortly after one, the write is tried without waiting at all.
   */
  private async noting<T>(connection: Connection, work: (client: Client) => Promise<T>): Promise<T> {
    const quick = Date.now() < this.lockedUntil
    try {
      return await connection.use(async (client) => {
        if (!quick) return work(client)
        await client.execute('PRAGMA busy_timeout = 0')
        try {
          return await work(client)
        } finally {
          await client.execute(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`)
        }
      })
    } catch (error) {
      if (isLockError(error)) this.lockedUntil = Date.now() + FOREIGN_LOCK_BACKOFF_MS
      throw error
    }
  }

  /** As libsql's client: once closed, every call fails (the connections would otherwise quietly open again). */
  private ensureOpen(): void {
    if (this.closedByApp) throw Object.assign(new Error('The client is closed'), { code: 'CLIENT_CLOSED' })
  }

  /** Runs `work` on the main connection holding the write lock. */
  private async writing<T>(work: (client: Client) => Promise<T>): Promise<T> {
    this.ensureOpen()
    const release = await this.lock()
    try {
      return await this.noting(this.main, work)
    } finally {
      release()
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: InArgs): Promise<ResultSet>
  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    this.ensureOpen()
    const stmt: InStatement = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    if (isReadOnlyStatement(sqlOf(stmt))) return this.main.use((client) => client.execute(stmt))
    return this.writing((client) => client.execute(stmt))
  }

  batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return this.writing((client) => client.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.writing((client) => client.migrate(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.writing((client) => client.executeMultiple(sql))
  }

  async sync(): ReturnType<Client['sync']> {
    this.ensureOpen()
    return this.main.use((client) => client.sync())
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    this.ensureOpen()
    const release = await this.lock()
    try {
      await this.noting(this.forTransactions, (client) => client.execute(BEGIN[mode]))
      return new LockedTransaction(this.forTransactions, release)
    } catch (error) {
      release()
      throw error
    }
  }

  close(): void {
    this.closedByApp = true
    void this.main.close()
    void this.forTransactions.close()
  }
}
