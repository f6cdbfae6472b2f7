import type { Payload } from 'payload'
import { isRecord } from '../isRecord'
import type { PendingDocument } from './pendingDocuments'

/**
 * What a long run has made durable, kept in Payload's key-value store (a table on SQLite, a
 * collection on MongoDB) under the run's key:
 *
 * - `cursor`: how many of the input's items are done for good (written, their deferred work
 *   done, reported);
 * - `pending`: the documents the current step has created so far (see pendingDocuments.ts),
 *   to be taken back when the run was killed before the step ended;
 * - `progress`: whatever else the run needs to go on where it stopped (its summary so far,
 *   how far its report files had got).
 *
 * The record is written before each new document and after each step, and deleted when the
 * run ends. A run that finds its record left behind was killed: it takes back `pending`,
 * and goes on after `cursor`.
 */
export interface RunRecord<P> {
  cursor: number
  pending: PendingDocument[]
  progress: P | null
  startedAt: string
  /** The last write: a record written to recently may belong to a run that is alive. */
  savedAt: string
}

const PREFIX = 'long-run:'

const fresh = <P>(): RunRecord<P> => ({ cursor: 0, pending: [], progress: null, startedAt: new Date().toISOString(), savedAt: new Date().toISOString() })

/** Written by this class only: the shape is checked, the progress is what the run saved. */
function isRunRecord<P>(value: unknown): value is RunRecord<P> {
  return isRecord(value) && typeof value.cursor === 'number' && Array.isArray(value.pending) && typeof value.startedAt === 'string'
}

export class RunJournal<P = unknown> {
  private constructor(
    private payload: Payload,
    readonly key: string,
    readonly record: RunRecord<P>,
    /** Whether the record was left by a run that did not end. */
    readonly resumed: boolean,
  ) {}

  static async open<P>(payload: Payload, key: string): Promise<RunJournal<P>> {
    const stored: unknown = await payload.kv.get(PREFIX + key)
    if (isRunRecord<P>(stored)) return new RunJournal<P>(payload, key, stored, true)
    return new RunJournal<P>(payload, key, fresh<P>(), false)
  }

  /** Whether a run under this key was left unfinished (without opening it). */
  static async left(payload: Payload, key: string): Promise<boolean> {
    return (await payload.kv.get(PREFIX + key)) !== null
  }

  private save(): Promise<void> {
    this.record.savedAt = new Date().toISOString()
    return this.payload.kv.set(PREFIX + this.key, { ...this.record })
  }

  /** Whether the record was written to within the last `ms` (its run may be alive). */
  recent(ms: number): boolean {
    return Date.now() - Date.parse(this.record.savedAt) < ms
  }

  /** Starts over under the same key (after the pending documents of the run left behind were taken back). */
  async restart(progress: P): Promise<void> {
    Object.assign(this.record, fresh<P>(), { progress })
    await this.save()
  }

  /** Before a new document is saved under `id`. */
  async willCreate(document: PendingDocument): Promise<void> {
    this.record.pending.push(document)
    await this.save()
  }

  /** Before new documents are saved under their ids all at once (a batch's bulk insert): one write of the record for all. */
  async willCreateAll(documents: readonly PendingDocument[]): Promise<void> {
    if (!documents.length) return
    this.record.pending.push(...documents)
    await this.save()
  }

  /** A document is complete (its deferred work done): a kill from now on leaves it be. */
  async created(document: PendingDocument): Promise<void> {
    this.record.pending = this.record.pending.filter((p) => p.id !== document.id || p.collection !== document.collection)
    await this.save()
  }

  /** The pending documents were taken back. */
  async tookBack(): Promise<void> {
    this.record.pending = []
    await this.save()
  }

  /** A step is done for good: the cursor moves, its documents stay. */
  async step(cursor: number, progress: P): Promise<void> {
    this.record.cursor = cursor
    this.record.pending = []
    this.record.progress = progress
    await this.save()
  }

  /** The run ended (well or with an error it reported): nothing to resume. */
  async end(): Promise<void> {
    await this.payload.kv.delete(PREFIX + this.key)
  }
}

/** A journal written to within this time may belong to a run that is still alive. */
export const ALIVE_MS = 2 * 60 * 1000

export class RunBusyError extends Error {}

/**
 * Opens the journal under `key` for a run of `fingerprint` (what it works on, as a hash). A
 * journal left by a run of something else is that run's: while it may be alive the new run is
 * refused; otherwise its unfinished documents are taken back by the caller (`left`) and the
 * journal starts over. `same`: the journal was left by a run of the same input, to be resumed.
 */
export async function openJournal<P extends { fingerprint: string }>(payload: Payload, key: string, fingerprint: string): Promise<{ journal: RunJournal<P>; same: boolean }> {
  const journal = await RunJournal.open<P>(payload, key)
  const same = journal.resumed && journal.record.progress?.fingerprint === fingerprint
  if (journal.resumed && !same && journal.recent(ALIVE_MS)) {
    throw new RunBusyError('Another import of this town is running (or stopped less than two minutes ago): try again later.')
  }
  return { journal, same }
}
