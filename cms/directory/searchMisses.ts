import type { Payload, TypedUser } from 'payload'
import { missDay, missRetentionStart, missTerm } from '@shared/searchMisses'
import { TENANT_FIELD } from '../tenant'

/**
 * Searches that found nothing, counted per town, language, normalised term and day
 * (collection `search-misses`): what newcomers look for and the town does not offer, or
 * names otherwise. Summed in memory and written every few seconds, straight through the
 * database adapter (no hooks: nothing cached depends on them); terms with digits, an "@" or
 * over 40 characters are never kept (shared/searchMisses.ts).
 */
export const MISSES_COLLECTION = 'search-misses'

const FLUSH_MS = 10_000

interface Miss {
  townID: string
  locale: string
  term: string
  day: string
  count: number
}

declare global {
  var __searchMissBuffer: Map<string, Miss> | undefined
  var __searchMissTimer: ReturnType<typeof setInterval> | undefined
}
const buffer = (globalThis.__searchMissBuffer ??= new Map<string, Miss>())

const keyOf = (m: Omit<Miss, 'count'>) => `${m.townID}|${m.locale}|${m.day}|${m.term}`

/** Counts one search that found nothing (when its term may be kept). */
export function recordMiss(payload: Payload, { townID, locale, query, now }: { townID: string; locale: string; query: string; now: Date }): void {
  const term = missTerm(query)
  if (!term) return
  const miss = { townID, locale, term, day: missDay(now) }
  const key = keyOf(miss)
  const pending = buffer.get(key)
  if (pending) pending.count++
  else buffer.set(key, { ...miss, count: 1 })
  if (!globalThis.__searchMissTimer) {
    globalThis.__searchMissTimer = setInterval(() => void flushMisses(payload), FLUSH_MS)
    globalThis.__searchMissTimer.unref?.()
  }
}

/** Adds the counted misses to their daily rows. */
export async function flushMisses(payload: Payload): Promise<void> {
  const batch = [...buffer.values()]
  buffer.clear()
  for (const miss of batch) {
    const key = keyOf(miss)
    try {
      const { docs } = await payload.find({ collection: MISSES_COLLECTION, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
      const row = docs[0]
      if (row) await payload.db.updateOne({ collection: MISSES_COLLECTION, id: row.id, data: { count: (row.count ?? 0) + miss.count } })
      else await payload.db.create({ collection: MISSES_COLLECTION, data: { key, locale: miss.locale, term: miss.term, day: miss.day, count: miss.count, [TENANT_FIELD]: miss.townID } })
    } catch (error) {
      // Counting must never break a search; the count is lost, the search is not.
      payload.logger.warn({ err: error, msg: 'Could not store searches without results' })
    }
  }
}

/** Deletes rows older than `months` (13 by default; the retention job passes the configured period). Returns how many. */
export async function deleteOldMisses(payload: Payload, now = new Date(), months?: number): Promise<number> {
  const where = { day: { less_than: missRetentionStart(now, months) } }
  const { totalDocs } = await payload.count({ collection: MISSES_COLLECTION, where, overrideAccess: true })
  if (totalDocs) await payload.db.deleteMany({ collection: MISSES_COLLECTION, where })
  return totalDocs
}

/** The most frequent terms of the last `days` days, read as the user (so per town for editors): the dashboard panel's rows. */
export async function topMisses(payload: Payload, user: TypedUser, { days = 30, limit = 20, now = new Date() } = {}) {
  const since = new Date(now)
  since.setUTCDate(since.getUTCDate() - days)
  const { docs } = await payload.find({
    collection: MISSES_COLLECTION,
    where: { day: { greater_than_equal: missDay(since) } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: { term: true, locale: true, count: true },
  })
  const sums = new Map<string, { term: string; locale: string; count: number }>()
  for (const doc of docs) {
    const key = `${doc.locale}|${doc.term}`
    const known = sums.get(key) ?? { term: doc.term, locale: doc.locale, count: 0 }
    known.count += doc.count ?? 0
    sums.set(key, known)
  }
  return [...sums.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, limit)
}
