import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { FOREIGN_LOCK_BACKOFF_MS, SerializedSqliteClient } from '@cms/sqliteClient'

/**
 * The SQLite client given to Payload's adapter (cms/sqliteClient.ts) on a real database file,
 * with a second connection as another process would hold one: transactions and writes of the
 * process take turns and all commit; a write refused during another connection's lock does
 * not break the ones after it (libsql's own client then reported later writes as done and
 * lost them).
 */
let dir: string
let url: string
let client: SerializedSqliteClient
let other: Client

const count = async () => Number((await other.execute('SELECT count(*) AS n FROM t')).rows[0]?.n)

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-client-'))
  url = `file:${path.join(dir, 'db.sqlite')}`
  client = await SerializedSqliteClient.open(url, { busyTimeoutMs: 50, wal: { journalSizeLimit: 1 << 20, synchronous: 'NORMAL' } })
  await client.execute('CREATE TABLE t (v INTEGER UNIQUE)')
  other = createClient({ url })
})
afterEach(() => {
  client.close()
  other.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('transactions and plain writes of the process take turns, and every one commits', async () => {
  const inTransaction = async (v: number) => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [v] })
    // Another turn of the event loop inside the transaction: the others must wait, not fail.
    await new Promise((r) => setTimeout(r, 5))
    await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [v + 1000] })
    await tx.commit()
  }
  await Promise.all([inTransaction(1), inTransaction(2), client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [3] }), inTransaction(4)])
  expect(await count()).toBe(7)
  // Reads do not wait for an open transaction.
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (5)')
  expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0]?.n).toBe(7)
  await tx.rollback()
  expect(await count()).toBe(7)
})

test('the connections keep the pragmas', async () => {
  const tx = await client.transaction('write')
  expect((await tx.execute('PRAGMA synchronous')).rows[0]?.synchronous).toBe(1)
  expect((await tx.execute('PRAGMA busy_timeout')).rows[0]?.timeout).toBe(50)
  await tx.commit()
  expect((await client.execute('PRAGMA synchronous')).rows[0]?.synchronous).toBe(1)
})

test('after writes refused by another connection’s lock, the next writes commit', async () => {
  await other.execute('BEGIN EXCLUSIVE')
  await expect(client.execute('INSERT INTO t VALUES (1)')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) })
  // For a moment further writes do not wait the busy timeout (which sleeps on the main thread): refused at once.
  const started = Date.now()
  await expect(client.transaction('write')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) })
  expect(Date.now() - started).toBeLessThan(40)
  await other.execute('ROLLBACK')

  await client.execute('INSERT INTO t VALUES (2)')
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (3)')
  await tx.commit()
  // Seen by another connection: committed, not only in this one's open transaction.
  expect(await count()).toBe(2)
  // A constraint error inside a transaction, then a rollback, leaves the next transaction fine too.
  const failing = await client.transaction('write')
  await expect(failing.execute('INSERT INTO t VALUES (2)')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) })
  await failing.rollback()
  const next = await client.transaction('write')
  await next.execute('INSERT INTO t VALUES (4)')
  await next.commit()
  expect(await count()).toBe(3)
  // After the moment, a write waits the busy timeout again.
  await new Promise((r) => setTimeout(r, FOREIGN_LOCK_BACKOFF_MS))
  await other.execute('BEGIN EXCLUSIVE')
  const waited = Date.now()
  await expect(client.execute('INSERT INTO t VALUES (5)')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) })
  expect(Date.now() - waited).toBeGreaterThanOrEqual(45)
  await other.execute('ROLLBACK')
})
