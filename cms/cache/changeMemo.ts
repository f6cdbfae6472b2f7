import { onChange } from './bus'

export interface ChangeMemoOptions {
  /**
   * At most this many values; the least recently used go first. For keys without a natural
   * bound (documents by ID): a state-wide directory has 100,000 services, and only those
   * people look at need to be in memory.
   */
  max?: number
}

/**
 * A process-wide memo of reads that every page makes and that change rarely (the town by its
 * slug, the directory's cards): kept until a change whose tags `drops` accepts arrives on the
 * change bus, from this instance or another. One model of freshness with the response cache:
 * the same bus, the same tags, no age limit. A failed read is not remembered, nor is an absent
 * value (null): keys come from addresses anyone can type, and only what exists may fill memory.
 *
 * A read that was under way when a change arrived is not kept either: it may have read the
 * document from before the change (the bus tells every write once more after its commit,
 * cms/cache/connectResponseCache.ts, so a value read before the commit is dropped then).
 */
export class ChangeMemo<V> {
  readonly #values = new Map<string, Promise<V>>()
  readonly #max: number
  readonly #stop: () => void

  constructor(drops: (tag: string) => boolean, { max = Infinity }: ChangeMemoOptions = {}) {
    this.#max = max
    this.#stop = onChange((tags) => {
      if (tags.some(drops)) this.#values.clear()
    })
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const kept = this.#take(key)
    if (kept) return kept
    const value = load()
    this.#keep(key, value)
    return value
  }

  /**
   * The values of many keys, with one read (`load`) for those not kept. Keys `load` leaves out
   * of its answer are absent (not remembered, not in the result).
   */
  async getMany(keys: readonly string[], load: (missing: string[]) => Promise<ReadonlyMap<string, V>>): Promise<Map<string, V>> {
    const unique = [...new Set(keys)]
    const kept = new Map<string, Promise<V>>()
    const missing: string[] = []
    for (const key of unique) {
      const value = this.#take(key)
      if (value) kept.set(key, value)
      else missing.push(key)
    }
    if (missing.length) {
      const loaded = load(missing)
      for (const key of missing) {
        const value = loaded.then((found) => {
          const v = found.get(key)
          if (v === undefined) throw new Absent()
          return v
        })
        // An absent key is not an error for the caller: the rejection is handled below and in #keep.
        value.catch(() => undefined)
        this.#keep(key, value)
        kept.set(key, value)
      }
      // A failed read fails the call (as `get` does), after every key has let go of it.
      await loaded
    }
    const result = new Map<string, V>()
    for (const [key, value] of kept) {
      try {
        result.set(key, await value)
      } catch (error) {
        if (!(error instanceof Absent)) throw error
      }
    }
    return result
  }

  /** Stops listening (tests). */
  close(): void {
    this.#stop()
    this.#values.clear()
  }

  /** The kept value of `key`, now the most recently used. */
  #take(key: string): Promise<V> | undefined {
    const kept = this.#values.get(key)
    if (kept && this.#max !== Infinity) {
      this.#values.delete(key)
      this.#values.set(key, kept)
    }
    return kept
  }

  #keep(key: string, value: Promise<V>): void {
    this.#values.set(key, value)
    const forget = () => {
      if (this.#values.get(key) === value) this.#values.delete(key)
    }
    value.then((v) => {
      if (v === null || v === undefined) forget()
    }, forget)
    // Map keeps insertion order: the first keys are the least recently used.
    for (const oldest of this.#values.keys()) {
      if (this.#values.size <= this.#max) break
      this.#values.delete(oldest)
    }
  }
}

/** A key the batch read did not find. */
class Absent extends Error {}
