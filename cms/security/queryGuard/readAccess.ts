import { type AccessResult, executeAccess, type PayloadRequest } from 'payload'
import { collectionBySlug } from '../collectionBySlug'

const cache = new WeakMap<PayloadRequest, Map<string, Promise<AccessResult>>>()

/**
 * What the user of this request may read of a collection: `true` (everything), `false`
 * (nothing) or a query. Asked once per request and collection: one query can cross the same
 * relationship many times.
 */
export function readAccessOf(req: PayloadRequest, slug: string): Promise<AccessResult> {
  let perRequest = cache.get(req)
  if (!perRequest) {
    perRequest = new Map()
    cache.set(req, perRequest)
  }
  let result = perRequest.get(slug)
  if (!result) {
    const read = collectionBySlug(req.payload, slug)?.config.access.read
    result = read ? executeAccess({ req, disableErrors: true }, read) : Promise.resolve(false)
    perRequest.set(slug, result)
  }
  return result
}
