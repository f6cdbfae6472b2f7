import type { Payload } from 'payload'
import { isRecord } from '../isRecord'
/**
 * Named places where a test may kill the process (`kill -9`), to show that long work survives
 * it: `IMPORT_CRASH_AT=<point>:<n>` kills at the n-th time the process passes `<point>`
 * (counted from 1). Unset (always, outside the crash tests) this does nothing.
 */
const counts = new Map<string, number>()
let wanted: { point: string; n: number } | null | undefined

function target(): { point: string; n: number } | null {
  if (wanted === undefined) {
    const [point, n] = (process.env.IMPORT_CRASH_AT ?? '').split(':')
    wanted = point ? { point, n: Math.max(1, Number(n) || 1) } : null
  }
  return wanted
}

/** Whether a crash point is armed at all (for hooks that cost something to install). */
export const crashPointsArmed = (): boolean => target() !== null

export function crashPoint(point: string): void {
  const t = target()
  if (!t || t.point !== point) return
  const n = (counts.get(point) ?? 0) + 1
  counts.set(point, n)
  if (n === t.n) {
    process.stderr.write(`crash point ${point}:${n}\n`)
    process.kill(process.pid, 'SIGKILL')
  }
}

/**
 * Arms the point `document`: the n-th new service is cut off right after its own row is
 * inserted, before its languages' rows are complete and before its version exists (Payload saves
 * a document in several steps; a kill can fall between any two of them).
 */
export function armDocumentCrash(payload: Payload): void {
  if (target()?.point !== 'document') return
  const create = payload.db.create.bind(payload.db)
  payload.db.create = async (args) => {
    const result = await create(args)
    if (args.collection === 'services') crashPoint('document')
    return result
  }
}

/**
 * Arms the point `write`: the n-th statement that writes (an INSERT, UPDATE or DELETE, in a
 * transaction or not) is never run, because the process dies just before it. Stepping n through
 * 1, 2, 3, … cuts a save off between every two of its statements: between its row and its
 * languages' rows, in the middle of those, before its version (tests/integration/update-crash.test.ts).
 */
export function armWriteCrash(payload: Payload): void {
  if (target()?.point !== 'write') return
  const db: object = payload.db
  const client = 'client' in db ? db.client : null
  if (!isClient(client)) return
  const beforeWrite = (stmt: unknown) => {
    const sql = typeof stmt === 'string' ? stmt : isRecord(stmt) && typeof stmt.sql === 'string' ? stmt.sql : ''
    if (/^\s*(insert|update|delete|replace)\b/i.test(sql)) crashPoint('write')
  }
  const execute = client.execute.bind(client)
  client.execute = (stmt: unknown, ...rest: unknown[]) => {
    beforeWrite(stmt)
    return execute(stmt, ...rest)
  }
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: unknown[]) => {
    const tx = await transaction(...args)
    if (!isRecord(tx) || typeof tx.execute !== 'function') return tx
    const run = tx.execute.bind(tx) as (stmt: unknown) => Promise<unknown>
    tx.execute = (stmt: unknown) => {
      beforeWrite(stmt)
      return run(stmt)
    }
    return tx
  }
}

type AnyFunction = (...args: unknown[]) => Promise<unknown>
const isClient = (value: unknown): value is { execute: AnyFunction; transaction: AnyFunction } =>
  isRecord(value) && typeof value.execute === 'function' && typeof value.transaction === 'function'
