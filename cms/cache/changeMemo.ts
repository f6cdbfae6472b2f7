import { onChange } from './bus'

/**
 * A process-wide memo of reads that every page makes and that change rarely (the town by its
 * slug): kept until a change whose tags `drops` accepts arrives on the change bus, from this
 * instance or another. One model of freshness with the response cache: the same bus, the same
 * tags, no age limit. A failed read is not remembered, nor is an absent value (null): keys
 * come from addresses anyone can type, and only what exists may fill memory.
 */
export class ChangeMemo<V> {
  readonly #values = new Map<string, Promise<V>>()
  readonly #stop: () => void

  constructor(drops: (tag: string) => boolean) {
    this.#stop = onChange((tags) => {
      if (tags.some(drops)) this.#values.clear()
    })
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const kept = this.#values.get(key)
    if (kept) return kept
    const value = load()
    this.#values.set(key, value)
    value.then(
      (v) => {
        if (v === null || v === undefined) this.#values.delete(key)
      },
      () => this.#values.delete(key),
    )
    return value
  }

  /** Stops listening (tests). */
  close(): void {
    this.#stop()
    this.#values.clear()
  }
}
