import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { isRecord } from '../isRecord'
import { TENANT_FIELD } from '../tenant'

/** A new document's translation state in one language, as the tracking hook would write it. */
export interface NewState {
  collection: 'organizations' | 'services'
  id: string
  locale: string
  title: string
  record: Record<string, unknown>
}

type Insert = { insert: (table: object) => { values: (rows: Record<string, unknown>[]) => PromiseLike<unknown> } }

/** What the SQL adapters (drizzle) offer beside Payload's database API: their query builder and tables. */
interface SqlPort {
  drizzle: Insert
  tables: Record<string, object>
  sessions?: Record<string, { db: Insert } | undefined>
}

const isInsert = (value: unknown): value is Insert => isRecord(value) && typeof value.insert === 'function'

function sqlPort(db: unknown): SqlPort | null {
  if (!isRecord(db) || !isInsert(db.drizzle) || !isRecord(db.tables)) return null
  const tables: Record<string, object> = {}
  for (const [name, table] of Object.entries(db.tables)) if (isRecord(table)) tables[name] = table
  const sessions: Record<string, { db: Insert } | undefined> = {}
  if (isRecord(db.sessions)) for (const [id, s] of Object.entries(db.sessions)) if (isRecord(s) && isInsert(s.db)) sessions[id] = { db: s.db }
  return { drizzle: db.drizzle, tables, sessions }
}

/** A drizzle table's property names by SQL column name (the builder takes rows by property). */
function columnsOf(table: object): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, column] of Object.entries(table)) if (isRecord(column) && typeof column.name === 'string' && 'columnType' in column) out.set(column.name, key)
  return out
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** Rows given by SQL column names, as the builder takes them; a column the table lacks is a mistake here, not data to drop. */
function byProperty(columns: Map<string, string>, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(row)) {
    const key = columns.get(name)
    if (!key) throw new Error(`translation states: no column ${name}`)
    out[key] = value
  }
  return out
}

/** SQLite allows 32,766 bound values per statement; a state row has about a dozen. */
const CHUNK = 1000

/**
 * Writes the translation states of new documents with one statement per table and chunk on the
 * SQL adapters (through their drizzle tables: no SQL strings), instead of two per row through the
 * adapter's `create` (the row and its `document` relation): a new service's eight rows were a
 * third of its import's time. Other adapters (MongoDB) get one `db.create` per row. No hooks run
 * either way, as with `db.create`: the rows are the tracking hook's, computed by the caller.
 */
export async function insertStates(payload: Payload, townID: string, states: NewState[], req?: Partial<PayloadRequest>): Promise<void> {
  if (!states.length) return
  const now = new Date().toISOString()
  const port = sqlPort(payload.db)
  const main = port?.tables.translation_states
  const rels = port?.tables.translation_states_rels
  if (!port || !main || !rels) {
    for (const s of states) {
      await payload.db.create({
        collection: 'translation-states',
        data: { ...s.record, key: `${s.collection}:${s.id}:${s.locale}`, document: { relationTo: s.collection, value: s.id }, title: s.title, locale: s.locale, [TENANT_FIELD]: townID, createdAt: now, updatedAt: now },
        returning: false,
        ...(req ? { req } : {}),
      })
    }
    return
  }
  const transaction = req?.transactionID === undefined ? undefined : await req.transactionID
  const db = (transaction !== undefined && port.sessions?.[String(transaction)]?.db) || port.drizzle
  const mainColumns = columnsOf(main)
  const relColumns = columnsOf(rels)
  for (let i = 0; i < states.length; i += CHUNK) {
    const chunk = states.slice(i, i + CHUNK).map((s) => ({ ...s, rowID: randomUUID() }))
    await db.insert(main).values(
      chunk.map((s) =>
        byProperty(mainColumns, {
          id: s.rowID,
          [`${TENANT_FIELD}_id`]: townID,
          key: `${s.collection}:${s.id}:${s.locale}`,
          title: s.title,
          locale: s.locale,
          ...Object.fromEntries(Object.entries(s.record).map(([k, v]) => [snake(k), v])),
          created_at: now,
          updated_at: now,
        }),
      ),
    )
    await db.insert(rels).values(chunk.map((s) => byProperty(relColumns, { parent_id: s.rowID, path: 'document', [`${s.collection}_id`]: s.id })))
  }
}
