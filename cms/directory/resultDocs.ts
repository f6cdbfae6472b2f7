import { pageTags, tagConcerns } from '@shared/cacheTags'
import { ChangeMemo } from '../cache/changeMemo'
import { noteTags } from '../cache/renderNotes'

/**
 * The documents a page of results shows (services, their places and organisations), read by
 * ID and kept in memory until the change bus tells of a write to one of the three collections.
 * Reading 20 services with their texts in every language, their places and organisations
 * through the Local API was most of an uncached directory answer (three queries and Payload's
 * read of every field in every language); a kept document costs nothing. Popular services are
 * on many result pages, so documents are kept one by one, not pages.
 *
 * Coarse on purpose: any write to the three collections drops every kept document of the
 * process. Writes are rare next to reads, an import's thousands of writes arrive as a few
 * messages, and there is no way to be wrong about which documents a write touched (a place's
 * new address changes the cards of every service there).
 */

export const RESULT_COLLECTIONS = ['services', 'locations', 'organizations'] as const

/** Documents kept per collection: a few pages of every popular search, a few MB. */
const KEEP = 5000

/** A memo of one collection's documents by ID, dropped on writes to any of the three. */
export const resultMemo = <V>(): ChangeMemo<V> => new ChangeMemo<V>((tag) => tagConcerns(tag, RESULT_COLLECTIONS), { max: KEEP })

/**
 * The documents with these IDs, from `memo` where kept and by one `read` of the others, in the
 * order of `ids` (IDs `read` does not find are left out). The page being rendered is tagged
 * with the three collections in `townID`, as a read through the Local API would have tagged it
 * (cms/cache/renderNotes.ts).
 */
export async function keptByID<V extends { id: string }>(memo: ChangeMemo<V>, ids: readonly string[], townID: string, read: (missing: string[]) => Promise<V[]>): Promise<V[]> {
  noteTags(pageTags(townID, RESULT_COLLECTIONS))
  if (!ids.length) return []
  const found = await memo.getMany(ids, async (missing) => new Map((await read(missing)).map((doc) => [String(doc.id), doc])))
  return ids.flatMap((id) => {
    const doc = found.get(id)
    return doc ? [doc] : []
  })
}
