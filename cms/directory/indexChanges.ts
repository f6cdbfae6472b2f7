import type { Payload, PayloadRequest } from 'payload'
import { onChange, publishChange } from '../cache/bus'
import { keepingRequestLocale } from '../hooks/readAllLocales'
import { fingerprintOf, readLocations, readServices } from './indexEntries'

/**
 * How every directory index, in this process and in every other instance, learns of a write:
 * through the change bus (cms/cache/bus.ts), the portal's one way of telling caches. The hook
 * of a write reads the document as the index would hold it, inside the write's transaction,
 * and publishes `directory:<collection>:<id>:<fingerprint>`. Every process that keeps indexes
 * re-reads the named documents and puts them in or takes them out: exactly what changed,
 * nothing rebuilt.
 *
 * The hook runs before the transaction commits, so a re-read may still see the old document.
 * A change therefore stays pending until a re-read finds the fingerprint it announced; each
 * message on the bus (the portal's cache hooks tell every write once more after its commit)
 * re-reads what is pending. A change whose fingerprint never shows (its transaction rolled
 * back, or a later write overtook it) is dropped after PENDING_MS; the index holds whatever
 * was read last, which is the stored state.
 */

export type IndexedCollection = 'services' | 'locations'

export interface PendingChange {
  collection: IndexedCollection
  id: string
  fingerprint: string
}

/**
 * Re-reads pending changes into one set of indexes (one per Payload instance) and returns the
 * keys (`changeKey`) whose announced fingerprint it found.
 */
export type CatchUp = (changes: readonly PendingChange[]) => Promise<Set<string>>

const PREFIX = 'directory:'
const PENDING_MS = 120_000
/** After a failed re-read (the database busy), the next try without waiting for a message. */
const RETRY_MS = 1000

export const changeKey = (change: Pick<PendingChange, 'collection' | 'id'>): string => `${change.collection}:${change.id}`

function parseTag(tag: string): PendingChange | null {
  if (!tag.startsWith(PREFIX)) return null
  const [collection, id, fingerprint] = tag.slice(PREFIX.length).split(':')
  if ((collection !== 'services' && collection !== 'locations') || !id || !fingerprint) return null
  return { collection, id, fingerprint }
}

/**
 * The process's pending changes and its indexes' catch-up. State in private fields: the object
 * lives on globalThis (Next may load this module once per route bundle), and Jest rewrites
 * the plain properties of objects left there between test files.
 */
class IndexChanges {
  readonly #pending = new Map<string, PendingChange & { heardAt: number }>()
  readonly #catchUps = new Set<CatchUp>()
  #running: Promise<void> | null = null
  #again = false
  #retried = false

  constructor() {
    // From the start, not from the first index: a build that reads before a commit must still learn of it.
    onChange((tags) => this.#heard(tags))
  }

  follow(catchUp: CatchUp): void {
    this.#catchUps.add(catchUp)
  }

  /** Re-reads what is pending (an index has just been built). */
  recheck(): void {
    if (this.#pending.size && this.#catchUps.size) this.#run()
  }

  /** Resolves once every change heard so far has been re-read. */
  settled(): Promise<void> {
    return this.#running ?? Promise.resolve()
  }

  #heard(tags: readonly string[]): void {
    const heardAt = Date.now()
    for (const tag of tags) {
      const change = parseTag(tag)
      if (!change) continue
      // Re-inserted, so the map stays in the order heard and the oldest are first to go.
      this.#pending.delete(changeKey(change))
      this.#pending.set(changeKey(change), { ...change, heardAt })
    }
    this.#forgetOld(heardAt)
    if (this.#pending.size && this.#catchUps.size) this.#run()
  }

  #forgetOld(now: number): void {
    for (const [key, change] of this.#pending) {
      if (now - change.heardAt <= PENDING_MS) return
      this.#pending.delete(key)
    }
  }

  #run(): void {
    if (this.#running) {
      this.#again = true
      return
    }
    this.#running = (async () => {
      do {
        this.#again = false
        await this.#catchUp()
      } while (this.#again)
      this.#running = null
    })()
  }

  async #catchUp(): Promise<void> {
    this.#forgetOld(Date.now())
    const batch = [...this.#pending.values()]
    if (!batch.length) return
    try {
      const found = await Promise.all([...this.#catchUps].map((catchUp) => catchUp(batch)))
      // Settled where every set of indexes found it, unless a newer change arrived meanwhile.
      for (const change of batch) {
        const key = changeKey(change)
        if (found.every((keys) => keys.has(key)) && this.#pending.get(key) === change) this.#pending.delete(key)
      }
      this.#retried = false
    } catch (error) {
      // Once more after a pause; after that, at the next message (the database may be gone for good).
      if (this.#retried) return
      this.#retried = true
      console.warn(`Directory index: could not re-read changed documents (${error instanceof Error ? error.message : String(error)}); trying again.`)
      setTimeout(() => this.#run(), RETRY_MS).unref()
    }
  }
}

declare global {
  /** The directory's pending changes in this process (see IndexChanges). */
  var __integrationPortalDirectoryChanges: IndexChanges | undefined
}

const changes = (): IndexChanges => (globalThis.__integrationPortalDirectoryChanges ??= new IndexChanges())
changes()

/** Lets a set of indexes re-read the changes it hears of. */
export function followChanges(catchUp: CatchUp): void {
  changes().follow(catchUp)
}

/** Re-reads the pending changes into the indexes now (one has just been built). */
export function recheckChanges(): void {
  changes().recheck()
}

/** Resolves once every change heard so far is in this process's indexes (a search waits for it: it sees its own writes). */
export function changesSettled(): Promise<void> {
  return changes().settled()
}

/** Tells every directory index that a service may have changed (from a hook: inside its transaction). */
export async function announceService(req: PayloadRequest, id: string): Promise<void> {
  await announce(req.payload, 'services', [id], req)
}

/** Tells every directory index that a place may have changed. */
export async function announceLocation(req: PayloadRequest, id: string): Promise<void> {
  await announce(req.payload, 'locations', [id], req)
}

/** Messages of at most this many documents (a bulk writer announces thousands). */
const ANNOUNCE_CHUNK = 500

/**
 * Tells every directory index that these documents may have changed: read as the index holds
 * them, then one message per ANNOUNCE_CHUNK documents (the spreadsheet import, after each batch).
 */
export async function announce(payload: Payload, collection: IndexedCollection, ids: readonly string[], req?: PayloadRequest): Promise<void> {
  for (let i = 0; i < ids.length; i += ANNOUNCE_CHUNK) {
    const chunk = ids.slice(i, i + ANNOUNCE_CHUNK)
    const tagsOf = async () => {
      const read = collection === 'services' ? await readServices(payload, chunk, req) : await readLocations(payload, chunk, req)
      return [...read].map(([id, indexed]) => `${PREFIX}${collection}:${id}:${fingerprintOf(indexed)}`)
    }
    // A save's hook reads in all languages with the save's request: its language must stay the
    // save's, or the hooks after this one (translation states) take the save for one in "all".
    const tags = req ? await keepingRequestLocale(req, tagsOf) : await tagsOf()
    if (tags.length) await publishChange(payload, tags)
  }
}
