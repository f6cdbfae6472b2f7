import { isUuid, uuidV5 } from './uuid'

/**
 * Identifiers for the Open Referral HSDS API, which requires UUIDs everywhere.
 *
 * - SQLite stores UUIDs already (`idType: 'uuid'`): a document's HSDS id is its own id, so
 *   `/{id}` looks it up directly.
 * - MongoDB stores ObjectIds: the HSDS id is a UUID v5 of the kind and the ObjectId. That is
 *   one-way, so `/{id}` lookups on MongoDB compare against the ids of the town's published
 *   documents of that kind (ids only, one query). Nothing extra is stored, which keeps the
 *   schema identical on both adapters; a stored UUID field would be the follow-up if a town
 *   ever has so many documents that the scan matters.
 *
 * Parts without an id of their own (a phone, a schedule, an address) get a UUID v5 of their
 * owner and a key, so they stay the same from one request to the next.
 */

/** This project's namespace for UUID v5 names (random, fixed forever: changing it changes every derived id). */
export const HSDS_NAMESPACE = '76be667d-800d-4e6d-933d-f6ac7032cb03'

/** The kinds of stored documents; used instead of collection slugs, which a project may rename. */
export type HsdsKind = 'services' | 'organizations' | 'locations' | 'topics' | 'audiences'

/** The HSDS id of a stored document. */
export function hsdsId(kind: HsdsKind, id: string): string {
  return isUuid(id) ? id.toLowerCase() : uuidV5(`${kind}/${id}`, HSDS_NAMESPACE)
}

/** The HSDS id of a part of a document (owner: the owner's HSDS id), stable across requests. */
export function hsdsPartId(part: string, owner: string, ...key: string[]): string {
  return uuidV5([part, owner, ...key].join('/'), HSDS_NAMESPACE)
}
