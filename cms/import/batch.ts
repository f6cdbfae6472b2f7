/**
 * The writes of one batch of rows. All their Local API calls share one request: one
 * transaction where the database adapter has them (MongoDB), and Payload's per-request caches
 * (the relationship checks read each taxonomy, organisation and place once per batch, not once
 * per save). The hooks leave the per-document work that can wait to the batch, which does it
 * once its rows are written: the translation states of new documents (in the transaction) and
 * the directory index (after the commit, so that a rollback leaves nothing behind in it).
 */
import type { PayloadRequest, RequestContext } from 'payload'
import { oneWriterAtATime } from '../database'
import { announce } from '../directory/indexChanges'
import { ORGANIZATION_CHECKED } from '../hooks/belongsToOwnOrganization'
import { SKIP_DIRECTORY_INDEX } from '../hooks/updateDirectoryIndex'
import type { ImportContext } from './context'
import type { DirectoryCollection } from './store'
import type { TrackedCollection } from './translationStates'

export class WriteBatch {
  /** New published organisations and services: their translation states. */
  private created: Record<TrackedCollection, string[]> = { organizations: [], services: [] }
  /** Saved services and places: their directory index entries. */
  private indexed: Record<'services' | 'locations', Set<string>> = { services: new Set(), locations: new Set() }
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
  static async open(ctx: ImportContext, shared: RequestContext, transaction: boolean): Promise<WriteBatch> {
    const batched = transaction && !oneWriterAtATime(ctx.payload.db)
    return new WriteBatch(ctx, batched ? await ctx.payload.db.beginTransaction() : null, shared)
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
    for (const collection of ['organizations', 'services'] as const) await this.ctx.states.write(collection, this.created[collection], this.req)
    if (this.transactionID !== null) {
      // A save that failed inside the batch (and was caught) has taken the transaction with it.
      if (!this.open) throw new Error('The batch’s transaction was rolled back.')
      await this.ctx.payload.db.commitTransaction(this.transactionID)
    }
    // Committed: every directory index (here and on the other instances) reads them now.
    await announce(this.ctx.payload, 'services', [...this.indexed.services])
    await announce(this.ctx.payload, 'locations', [...this.indexed.locations])
  }

  /** Rolls back what is left of the transaction (a failed save has already rolled it back). */
  async abort(): Promise<void> {
    if (this.open && this.transactionID !== null) await this.ctx.payload.db.rollbackTransaction(this.transactionID)
  }
}
