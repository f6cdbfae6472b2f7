import type { Collection, CollectionSlug, Payload } from 'payload'

const bySlug = new WeakMap<Payload, Map<string, Collection>>()

/**
 * A collection by a slug known only at run time (a relationship's target, a lock's document):
 * `payload.collections` is typed by the generated slugs and cannot be indexed by any string.
 */
export function collectionBySlug(payload: Payload, slug: string): Collection | undefined {
  let map = bySlug.get(payload)
  if (!map) {
    map = new Map(Object.values(payload.collections).map((c) => [c.config.slug, c]))
    bySlug.set(payload, map)
  }
  return map.get(slug)
}

/** Whether a slug known only at run time (a hook's collection) names a collection of this Payload. */
export function isCollectionSlug(payload: Payload, slug: string): slug is CollectionSlug {
  return collectionBySlug(payload, slug) !== undefined
}
