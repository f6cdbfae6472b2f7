/**
 * New organisations, places and services of a batch, written together: one multi-row insert
 * per table (the document's, its languages', relations', arrays', selects', and the same for its
 * version) through the SQL adapter's own drizzle tables, instead of Payload's Local API per
 * document (~16 statements, a slug query, relationship checks and a versions count each).
 *
 * The rows are exactly the adapter's: each document goes through @payloadcms/drizzle's own
 * `upsertRow` (its row transformer), whose inserts are collected instead of sent, then sent
 * together per table. What the Local API would have done around the adapter is done here:
 * defaults and localized values (newDocument.ts), the hooks' fields, the version with
 * `latest: true`; the import validated the rows before; the slug is the one the slug field's
 * hook would choose (slugs.ts). The work after the save (translation states, directory index,
 * the change bus) is the batch's, as for documents saved through the Local API.
 */
import { randomUUID } from 'node:crypto'
import { upsertRow, type DrizzleAdapter } from '@payloadcms/drizzle'
import { buildVersionCollectionFields, createLocalReq, type FlattenedField, type PayloadRequest } from 'payload'
import { isRecord } from '../isRecord'
import { crashPoint } from '../longWork/crashPoint'
import type { ImportContext } from './context'
import type { Doc } from './diff'
import { inEveryLocale, prepareFields, withHookFields } from './newDocument'
import { insertRows, sqlPort, writerFor, type SqlPort } from './sqlTables'
import type { DirectoryCollection } from './store'

/** A new document as the import decided it: its ID (noted in the journal) and the row's data in the import's language. */
export interface NewDocument {
  collection: DirectoryCollection
  id: string
  data: Doc
  /** Once written: the document as saved, its localized fields by language. */
  saved?: Doc
}

/** The drizzle adapter's parts the bulk path uses; checked at run time (another adapter has none). */
type Drizzle = DrizzleAdapter & { allowIDOnCreate?: boolean }

/** @payloadcms/drizzle's adapter (SQLite or Postgres) that takes given IDs: what `upsertRow` needs. */
function isDrizzle(db: unknown): db is Drizzle {
  return isRecord(db) && db.tableNameMap instanceof Map && typeof db.insert === 'function' && isRecord(db.tables) && db.allowIDOnCreate === true
}

function drizzleOf(db: unknown): { adapter: Drizzle; port: SqlPort } | null {
  const port = sqlPort(db)
  return port && isDrizzle(db) ? { adapter: db, port } : null
}

/** Whether this database can take the bulk path (a drizzle adapter that takes the IDs the import chooses). */
export const canWriteInBulk = (db: unknown): boolean => drizzleOf(db) !== null

interface Waiting {
  tableName: string
  rows: Record<string, unknown>[]
  resolve: (rows: Record<string, unknown>[]) => void
  reject: (error: unknown) => void
}

/**
 * Runs the adapter's `upsertRow` for many documents at once and sends their inserts together:
 * each document's save goes on until it inserts, and once every save waits (or is done), the
 * waiting inserts go to the database as one statement per table; each save then gets its own
 * rows back, with the IDs the database gave (a version's array rows get theirs there, and their
 * nested rows refer to them), and goes on to its next insert. So a batch of documents costs one
 * statement per table, not one per table and document, and the rows are the adapter's.
 */
class Coalesced {
  private waiting: Waiting[] = []
  private running = 0

  constructor(
    private write: (tableName: string, rows: Record<string, unknown>[]) => Promise<Record<string, unknown>[]>,
  ) {}

  /** The adapter as `upsertRow` uses it, its inserts held back; `tables` collects the tables one document's save wrote to. */
  adapter(adapter: Drizzle, tables?: Set<string>): Drizzle {
    const proxy: Drizzle = Object.create(adapter)
    proxy.insert = ({ tableName, values }) =>
      new Promise((resolve, reject) => {
        const rows = (Array.isArray(values) ? values : [values]).filter(isRecord)
        if (rows.length) tables?.add(tableName)
        this.waiting.push({ tableName, rows, resolve, reject })
        this.running--
        this.next()
      })
    return proxy
  }

  /** Runs the saves side by side; settles when all are done (none goes on writing after a failure is reported). */
  async all(saves: (() => Promise<void>)[]): Promise<void> {
    this.running = saves.length
    const settled = await Promise.allSettled(
      saves.map(async (save) => {
        try {
          await save()
        } finally {
          this.running--
          this.next()
        }
      }),
    )
    for (const result of settled) if (result.status === 'rejected') throw result.reason
  }

  private next(): void {
    if (this.running > 0 || !this.waiting.length) return
    const waiting = this.waiting
    this.waiting = []
    this.running = waiting.length
    void this.send(waiting)
  }

  private async send(waiting: Waiting[]): Promise<void> {
    const tables = [...new Set(waiting.map((w) => w.tableName))]
    try {
      const back = new Map<string, Record<string, unknown>[]>()
      for (const tableName of tables) back.set(tableName, await this.write(tableName, waiting.filter((w) => w.tableName === tableName).flatMap((w) => w.rows)))
      const taken = new Map<string, number>()
      for (const w of waiting) {
        const at = taken.get(w.tableName) ?? 0
        taken.set(w.tableName, at + w.rows.length)
        w.resolve((back.get(w.tableName) ?? []).slice(at, at + w.rows.length))
      }
    } catch (error) {
      for (const w of waiting) w.reject(error)
    }
  }
}

const ORDER: DirectoryCollection[] = ['organizations', 'locations', 'services']

export class BulkCreates {
  private queue: NewDocument[] = []
  private queued: NewDocument[] = []
  private req: PayloadRequest | null = null
  private versionFields = new Map<DirectoryCollection, FlattenedField[]>()

  constructor(
    private ctx: ImportContext,
    /** Services: their organisation's published name (read after the organisations are written). */
    private organizationName: (id: string, req?: Partial<PayloadRequest>) => Promise<string | null>,
  ) {}

  get size(): number {
    return this.queue.length
  }

  add(doc: NewDocument): void {
    this.queue.push(doc)
    this.queued.push(doc)
  }

  /** The documents queued and not yet written. */
  waiting(): readonly NewDocument[] {
    return this.queue
  }

  /** Every document queued in this batch, written or not: what a failed batch takes back. */
  all(): NewDocument[] {
    return [...this.queued]
  }

  /** Writes everything queued, collection by collection (a service's organisation and places exist before it). */
  async flush(req?: Partial<PayloadRequest>): Promise<NewDocument[]> {
    const queued = this.queue
    if (!queued.length) return []
    const found = drizzleOf(this.ctx.payload.db)
    if (!found) throw new Error('The bulk import needs a SQL database adapter that takes given IDs.')
    const { adapter, port } = found
    const db = await writerFor(port, req)
    const now = new Date().toISOString()
    this.req ??= await createLocalReq({ locale: this.ctx.locale, ...(this.ctx.access.user ? { user: this.ctx.access.user } : {}) }, this.ctx.payload)
    const servicesTable = this.tableName(adapter, 'services')
    const write = async (tableName: string, rows: Record<string, unknown>[]) => {
      const table = port.tables[tableName]
      if (!table) throw new Error(`The database has no table ${tableName}.`)
      const back = await insertRows(db, table, rows)
      // A service's own row is in, its languages, relations and version not yet.
      if (tableName === servicesTable) for (const _ of rows) crashPoint('document')
      return back
    }
    for (const collection of ORDER) {
      const docs = queued.filter((d) => d.collection === collection)
      if (!docs.length) continue
      const coalesced = new Coalesced(write)
      await coalesced.all(
        docs.map((doc) => () => {
          const tables = new Set<string>()
          return this.save(coalesced.adapter(adapter, tables), tables, collection, doc, now, req)
        }),
      )
    }
    this.queue = []
    return queued
  }

  private tableName(adapter: Drizzle, collection: DirectoryCollection, version = false): string {
    const snake = collection.replace(/-/g, '_')
    const name = adapter.tableNameMap.get(version ? `_${snake}${adapter.versionsSuffix ?? '_v'}` : snake)
    if (!name) throw new Error(`No table for ${collection}.`)
    return name
  }

  /** The document and its version, as the adapter's `create` and `createVersion` write them. */
  private async save(proxy: Drizzle, tables: ReadonlySet<string>, collection: DirectoryCollection, doc: NewDocument, now: string, req?: Partial<PayloadRequest>): Promise<void> {
    const { payload, townID, locale, access } = this.ctx
    const config = payload.collections[collection].config
    const localReq = this.req
    if (!localReq) return
    const organization = collection === 'services' && typeof doc.data.organization === 'string' ? doc.data.organization : null
    const hooked = withHookFields(collection, doc.data, {
      townID,
      locale,
      now,
      req: localReq,
      ...(access.user ? { user: access.user } : {}),
      organizationName: organization ? await this.organizationName(organization, req) : null,
    })
    const data = { ...(await prepareFields(config.flattenedFields, hooked, { locale, req: localReq, ...(access.user ? { user: access.user } : {}) })), id: doc.id, createdAt: now, updatedAt: now }
    doc.saved = data
    const tableName = this.tableName(proxy, collection)
    await upsertRow({ adapter: proxy, collectionSlug: collection, customID: doc.id, data, db: proxy.drizzle, fields: config.flattenedFields, ignoreResult: true, operation: 'create', tableName })
    let versionFields = this.versionFields.get(collection)
    if (!versionFields) this.versionFields.set(collection, (versionFields = buildVersionCollectionFields(payload.config, config, true)))
    // As saveVersion → createVersion: the document as the adapter returned it (without its ID)
    // under `version`, the latest of its one version. The adapter reads a document without
    // language rows as one with an empty row in every language, and so its version gets them.
    const { id: _id, ...saved } = data
    const locales = payload.config.localization ? payload.config.localization.localeCodes : []
    const version = inEveryLocale(config.flattenedFields, saved, locales, !tables.has(`${tableName}${proxy.localesSuffix ?? '_locales'}`))
    await upsertRow({
      adapter: proxy,
      collectionSlug: collection,
      customID: randomUUID(),
      data: { parent: doc.id, version, autosave: false, latest: true, createdAt: now, updatedAt: now },
      db: proxy.drizzle,
      fields: versionFields,
      ignoreResult: true,
      operation: 'create',
      tableName: this.tableName(proxy, collection, true),
    })
  }
}
