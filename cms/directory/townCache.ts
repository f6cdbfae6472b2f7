import type { Payload } from 'payload'
import { townCollectionTag } from '@shared/cacheTags'
import { onChange } from '../cache/bus'

/**
 * Something read per town and kept until the change bus tells of a write to one of the given
 * collections in that town (on any instance): the synonyms, the site search's index. A read
 * that overlapped such a change is used once but not kept.
 */
export class TownCache<T> {
  readonly #stores = new Map<Payload, Map<string, Promise<T>>>()
  readonly #changes = new Map<string, number>()
  readonly #read: (payload: Payload, townID: string) => Promise<T>

  constructor(collections: readonly string[], read: (payload: Payload, townID: string) => Promise<T>) {
    this.#read = read
    onChange((tags) => {
      for (const tag of tags) {
        const town = /^town:([^:]+)/.exec(tag)?.[1]
        if (town && collections.some((collection) => tag === townCollectionTag(town, collection))) this.#drop(town)
      }
    })
  }

  get(payload: Payload, townID: string): Promise<T> {
    let store = this.#stores.get(payload)
    if (!store) this.#stores.set(payload, (store = new Map()))
    const known = store.get(townID)
    if (known) return known
    const changes = this.#changes.get(townID) ?? 0
    const value = this.#read(payload, townID)
    const own = store
    own.set(townID, value)
    const forget = () => own.get(townID) === value && own.delete(townID)
    value.then(() => (this.#changes.get(townID) ?? 0) !== changes && forget(), forget)
    return value
  }

  #drop(townID: string): void {
    this.#changes.set(townID, (this.#changes.get(townID) ?? 0) + 1)
    for (const store of this.#stores.values()) store.delete(townID)
  }
}
