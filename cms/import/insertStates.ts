import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { TENANT_FIELD } from '../tenant'
import { columnsOf, insertRows, sqlPort, writerFor } from './sqlTables'

/** A new document's translation state in one language, as the tracking hook would write it. */
export interface NewState {
  collection: 'organizations' | 'services'
  id: string
  locale: string
  title: string
  record: Record<string, unknown>
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
  const db = await writerFor(port, req)
  const mainColumns = columnsOf(main)
  const relColumns = columnsOf(rels)
  const rows = states.map((s) => ({ ...s, rowID: randomUUID() }))
  await insertRows(
    db,
    main,
    rows.map((s) =>
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
  await insertRows(db, rels, rows.map((s) => byProperty(relColumns, { parent_id: s.rowID, path: 'document', [`${s.collection}_id`]: s.id })))
}
