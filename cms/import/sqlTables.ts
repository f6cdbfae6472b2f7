/**
 * What the SQL adapters (drizzle: SQLite, Postgres) offer beside Payload's database API: their
 * query builder and tables. The import writes new rows through them in multi-row inserts (one
 * statement per table and chunk, no SQL strings); adapters without them (MongoDB) get none of this.
 */
import type { PayloadRequest } from 'payload'
import { isRecord } from '../isRecord'

type Returning = PromiseLike<unknown> & { returning: () => PromiseLike<unknown> }
export type Insert = { insert: (table: object) => { values: (rows: Record<string, unknown>[]) => Returning } }

export interface SqlPort {
  drizzle: Insert
  tables: Record<string, object>
  sessions?: Record<string, { db: Insert } | undefined>
}

const isInsert = (value: unknown): value is Insert => isRecord(value) && typeof value.insert === 'function'

/** The adapter's drizzle instance and tables, or null for an adapter that has none. */
export function sqlPort(db: unknown): SqlPort | null {
  if (!isRecord(db) || !isInsert(db.drizzle) || !isRecord(db.tables)) return null
  const tables: Record<string, object> = {}
  for (const [name, table] of Object.entries(db.tables)) if (isRecord(table)) tables[name] = table
  const sessions: Record<string, { db: Insert } | undefined> = {}
  if (isRecord(db.sessions)) for (const [id, s] of Object.entries(db.sessions)) if (isRecord(s) && isInsert(s.db)) sessions[id] = { db: s.db }
  return { drizzle: db.drizzle, tables, sessions }
}

/** The request's transaction where it has one (so the rows commit or roll back with the batch), else the adapter's connection. */
export async function writerFor(port: SqlPort, req?: Partial<PayloadRequest>): Promise<Insert> {
  const transaction = req?.transactionID === undefined ? undefined : await req.transactionID
  return (transaction !== undefined && port.sessions?.[String(transaction)]?.db) || port.drizzle
}

/** A drizzle table's property names by SQL column name (the builder takes rows by property). */
export function columnsOf(table: object): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, column] of Object.entries(table)) if (isRecord(column) && typeof column.name === 'string' && 'columnType' in column) out.set(column.name, key)
  return out
}

/** SQLite allows 32,766 bound values per statement, Postgres 65,535. */
const MAX_VALUES = 30000

/**
 * Inserts rows (by drizzle property) with as few statements as the database's limit on bound
 * values allows. Returns the rows: as given where each has its ID, else as the database stored
 * them (with the IDs it gave).
 */
export async function insertRows(db: Insert, table: object, rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  if (!rows.length) return []
  // Every row is sent with every column of the table (the absent ones as null or their default).
  const perRow = Math.max(1, columnsOf(table).size)
  const chunk = Math.max(1, Math.floor(MAX_VALUES / perRow))
  const given = rows.every((r) => r.id !== undefined && r.id !== null)
  const back: Record<string, unknown>[] = []
  for (let i = 0; i < rows.length; i += chunk) {
    const statement = db.insert(table).values(rows.slice(i, i + chunk))
    if (given) await statement
    else {
      const stored: unknown = await statement.returning()
      if (Array.isArray(stored)) back.push(...stored.filter(isRecord))
    }
  }
  if (given) return rows
  // RETURNING promises no order: rows that others refer to (array rows) carry the `_uuid` the
  // adapter matches them by; the rest (languages, relations) are referred to by nothing.
  const byUuid = new Map(back.map((r) => [r._uuid, r]))
  return rows.every((r) => typeof r._uuid === 'string' && byUuid.has(r._uuid)) ? rows.map((r) => byUuid.get(r._uuid) ?? r) : back
}
