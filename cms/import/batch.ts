/**
 * The writes of one batch of rows. All their Local API calls share one request: one
 * transaction where the database adapter has them (MongoDB), and Payload's per-request caches
 * (the relationship checks read each taxonomy, organisation and place once per batch, not once
 * per save). The hooks leave the per-document work that can wait to the batch, which does it
 * once its rows are written: the translation states of new documents (in the transaction) and
 * the directory index (after the commit, so that a rollback leaves nothing behind in it).
 */
import type { PayloadRequest, RequestContext } from 'payload'
import { writeTags } from '@shared/cacheTags'
import { publishChange } from '../cache/bus'
import { oneWriterAtATime } from '../database'
import { choosesIds } from '../longWork/pendingDocuments'
import { announce } from '../directory/indexChanges'
import { ORGANIZATION_CHECKED } from '../hooks/belongsToOwnOrganization'
import { SKIP_DIRECTORY_INDEX } from '../hooks/updateDirectoryIndex'
import type { BulkCreates } from './bulkCreate'
import type { ImportContext } from './context'
import type { DirectoryCollection } from './store'
import type { TrackedCollection } from './translationStates'

export class WriteBatch {
  /** New published organisations and services: their translation states. */
  private created: Record<TrackedCollection, string[]> = { organizations: [], services: [] }
  /** New documents written in bulk, as saved: their translation states need not read them back. */
  private saved = new Map<string, Record<string, unknown>>()
  /** Saved services and places: their directory index entries. */
  private indexed: Record<'services' | 'locations', Set<string>> = { services: new Set(), locations: new Set() }
  /** Collections the bulk write added to: the change bus hears of them once the batch is in (the Local API's saves tell it themselves). */
  private bulkWritten = new Set<DirectoryCollection>()
  /** What every save of the batch tells the hooks. */
  readonly context: RequestContext
  readonly req: Partial<PayloadRequest>

  private constructor(
    private ctx: ImportContext,
    /**
     * The transaction's ID; null without one. Kept apart from `req.transactionID`, where Payload
     * leaves a promise of none after the first save without one, and which it deletes when a
     * save fails and takes the transaction with it.
     */
    private transactionID: number | string | null,
    shared: RequestContext,
    /** New documents written together (bulkCreate.ts); null where they go through the Local API one by one. */
    readonly bulk: BulkCreates | null,
  ) {
    this.req = transactionID === null ? {} : { transactionID }
    this.context = { ...shared, [SKIP_DIRECTORY_INDEX]: true, [ORGANIZATION_CHECKED]: true }
  }

  /**
   * `transaction`: whether to ask the adapter for one. Not on SQLite: it has one writer at a time,
   * and a batch's transaction would hold every other save (an editor's, the admin's) for seconds;
   * there each save is a transaction of its own (cms/database.ts), which a kill rolls back whole,
   * and the run's journal takes care of the batch (durable.ts). `shared`: context the run keeps current.
   */
  static async open(ctx: ImportContext, shared: RequestContext, transaction: boolean, bulk: BulkCreates | null = null): Promise<WriteBatch> {
    const batched = transaction && !oneWriterAtATime(ctx.payload.db)
    return new WriteBatch(ctx, batched ? await ctx.payload.db.beginTransaction() : null, shared, bulk)
  }

  /** Writes the new documents queued so far (before a save that may refer to them, and at the end). */
  async flush(): Promise<void> {
    if (!this.bulk?.size) return
    // Their ids go into the run's journal first, in one write (a kill during the insert takes them back).
    const journal = choosesIds(this.ctx.payload) ? this.ctx.journal : null
    await journal?.willCreateAll(this.bulk.waiting().map(({ collection, id }) => ({ collection, id })))
    for (const doc of await this.bulk.flush(this.req)) {
      this.wrote(doc.collection, doc.id, doc.collection !== 'locations' && !this.ctx.draft)
      this.bulkWritten.add(doc.collection)
      if (doc.saved) this.saved.set(doc.id, doc.saved)
    }
  }

  /** Whether the batch's writes stand or fall together (then a failed save has rolled back all of them). */
  get transactional(): boolean {
    return this.transactionID !== null
  }

  /** Still open: Payload rolls the transaction back, and takes it off the request, when a save fails. */
  private get open(): boolean {
    return this.transactionID !== null && this.req.transactionID === this.transactionID
  }

  /** Notes a save: `createdTracked` when a new published document needs its translation states. */
  wrote(collection: DirectoryCollection, id: string, createdTracked: boolean): void {
    if (collection !== 'locations' && createdTracked) this.created[collection].push(id)
    if (collection !== 'organizations') this.indexed[collection].add(id)
  }

  /** The work left for the end, and the commit. */
  async finish(): Promise<void> {
    await this.flush()
    for (const collection of ['organizations', 'services'] as const) await this.ctx.states.write(collection, this.created[collection], this.req, this.saved)
    if (this.transactionID !== null) {
      // A save that failed inside the batch (and was caught) has taken the transaction with it.
      if (!this.open) throw new Error('The batch’s transaction was rolled back.')
      await this.ctx.payload.db.commitTransaction(this.transactionID)
    }
    // Committed: cached pages that show the town's entries go (one message for the batch).
    const tags = [...this.bulkWritten].flatMap((collection) => writeTags(collection, [this.ctx.townID], 'municipalities'))
    if (tags.length) await publishChange(this.ctx.payload, tags)
    // Every directory index (here and on the other instances) reads them now.
    await announce(this.ctx.payload, 'services', [...this.indexed.services])
    await announce(this.ctx.payload, 'locations', [...this.indexed.locations])
  }

  /** Rolls back what is left of the transaction (a failed save has already rolled it back). */
  async abort(): Promise<void> {
    if (this.open && this.transactionID !== null) await this.ctx.payload.db.rollbackTransaction(this.transactionID)
  }
}
