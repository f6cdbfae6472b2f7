import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { isDatabaseUnavailable } from '@shared/databaseUnavailable'

/** The errors the drivers really throw, with the wrappers Drizzle puts around them. */
let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unavailable-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

test('SQLite locked by another connection: the driver error and Drizzle’s wrapper around it', async () => {
  const url = `file:${path.join(dir, 'locked.db')}`
  const holder = createClient({ url })
  const other = createClient({ url })
  await holder.execute('PRAGMA journal_mode = WAL')
  await holder.execute('CREATE TABLE t (x)')
  await holder.execute('BEGIN EXCLUSIVE')
  try {
    const raw = await caught(() => other.execute('INSERT INTO t VALUES (1)'))
    expect(isDatabaseUnavailable(raw)).toBe(true)
    const wrapped = await caught(() => drizzle(other).run(sql`INSERT INTO t VALUES (2)`))
    // Drizzle says "Failed query: …" and keeps the driver's error as its cause.
    expect((wrapped as Error).message).toMatch(/^Failed query/)
    expect(isDatabaseUnavailable(wrapped)).toBe(true)
    // Wrapped again (as Payload or Next may), it is still recognised.
    expect(isDatabaseUnavailable(new Error('render failed', { cause: wrapped }))).toBe(true)
  } finally {
    await holder.execute('ROLLBACK')
    holder.close()
    other.close()
  }
})

test('failures that are not an outage stay what they are', async () => {
  const db = createClient({ url: `file:${path.join(dir, 'plain.db')}` })
  await db.execute('CREATE TABLE u (x UNIQUE)')
  await db.execute('INSERT INTO u VALUES (1)')
  const unique = await caught(() => db.execute('INSERT INTO u VALUES (1)'))
  const syntax = await caught(() => db.execute('SELEKT 1'))
  db.close()
  expect(isDatabaseUnavailable(unique)).toBe(false)
  expect(isDatabaseUnavailable(syntax)).toBe(false)
  expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false)
  expect(isDatabaseUnavailable(null)).toBe(false)
  expect(isDatabaseUnavailable('database is locked')).toBe(false)
})

test('MongoDB out of reach (by the driver’s class names: no server can run here)', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name })
  expect(isDatabaseUnavailable(named('MongoServerSelectionError'))).toBe(true)
  expect(isDatabaseUnavailable(new Error('find failed', { cause: named('MongoNetworkTimeoutError') }))).toBe(true)
  // A refused write (duplicate key) is the query's fault, not an outage.
  expect(isDatabaseUnavailable(named('MongoServerError'))).toBe(false)
})

test('a cause chain that loops ends', () => {
  const a = new Error('a')
  const b = new Error('b', { cause: a })
  Object.assign(a, { cause: b })
  expect(isDatabaseUnavailable(a)).toBe(false)
})
