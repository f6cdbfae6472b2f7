import { isReadOnlyStatement } from '@cms/sqliteClient'
import { AsyncLock, LockTimeoutError } from '@shared/asyncLock'

describe('AsyncLock', () => {
  test('holders take turns in the order they asked', async () => {
    const lock = new AsyncLock()
    const order: string[] = []
    const hold = async (name: string, ms: number) => {
      const release = await lock.acquire(1000)
      order.push(`${name} in`)
      await new Promise((r) => setTimeout(r, ms))
      order.push(`${name} out`)
      release()
    }
    await Promise.all([hold('a', 20), hold('b', 1), hold('c', 1)])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
    expect(lock.busy).toBe(false)
  })

  test('a wait longer than the timeout fails, leaves the queue, and the lock still works', async () => {
    const lock = new AsyncLock()
    const release = await lock.acquire(10)
    const started = Date.now()
    await expect(lock.acquire(30)).rejects.toBeInstanceOf(LockTimeoutError)
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
    expect(lock.waiting).toBe(0)
    release()
    release() // a second call does nothing
    const again = await lock.acquire(10)
    expect(lock.busy).toBe(true)
    again()
    expect(lock.busy).toBe(false)
  })
})

describe('isReadOnlyStatement', () => {
  test.each([
    ['select * from "services" where "id" = ?', true],
    ['  SELECT count(*) from x', true],
    ['/* drizzle */ select 1', true],
    ['with t as (select 1) select * from t', true],
    ['PRAGMA journal_mode', true],
    ['pragma table_info("services")', true],
    ['PRAGMA synchronous = NORMAL', false],
    ['PRAGMA wal_checkpoint(TRUNCATE)', true],
    ['insert into "services" ("id") values (?)', false],
    ['update "services" set "title" = ?', false],
    ['delete from "services_locales" where "_parent_id" = ?', false],
    ['with t as (select 1) insert into x select * from t', false],
    ['CREATE TABLE x (v)', false],
    ['BEGIN IMMEDIATE', false],
  ])('%s → %s', (sql, expected) => {
    expect(isReadOnlyStatement(sql)).toBe(expected)
  })
})
