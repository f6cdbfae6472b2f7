import type { Payload } from 'payload'
import type { DirectoryFilters } from '@shared/directoryParams'
import type { LatLng } from '@shared/geo'
import { townIndex } from './directoryIndex'
import { resolveFilters, selectServices } from './matchService'
import { knownIn, queryUnits, recentScores } from './matchWords'
import { recordMiss } from './searchMisses'
import { nearest } from './nearest'
import { OpenNow } from './openNow'
import { type DirectoryResult, readResults } from './resultPage'
import { townTaxonomy } from './taxonomy'
import type { TownIndex } from './townIndex'
import { firstInOrder } from '@shared/searchTop'

export { combinedOpenState, type DirectoryLocation, type DirectoryResult } from './resultPage'

/** How far "near me" looks. */
export const NEAR_RADIUS_KM = 30
export const PAGE_SIZE = 20

export interface DirectoryPage {
  results: DirectoryResult[]
  total: number
  page: number
  totalPages: number
  /** With "open now": when the first candidate opens or closes, and so the results change. */
  changesAt?: Date | null
}

interface Context {
  townID: string
  /** Only this organisation's services (the organisation page). */
  organizationID?: string
  timeZone: string
  /** The reader's language: its stems and synonyms first, its texts ranked first; a search that finds nothing is counted under it. */
  locale?: string
  now?: Date
  pageSize?: number
  /** Count words that find nothing (default); off for a caller that counts itself (the site search). */
  recordMisses?: boolean
}

interface Found {
  total: number
  /** The page asked for, or the last one when it lies past the end. */
  page: number
  /** The slots of the services on the page. */
  shown: number[]
}

const lastPage = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))

/** One page of the matching services in result order, counting them all on the way (no list of all is made). */
function pageInOrder(ordered: readonly number[], accepts: (slot: number) => boolean, page: number, pageSize: number): Found {
  const [from, to] = [(page - 1) * pageSize, page * pageSize]
  const shown: number[] = []
  let total = 0
  for (const slot of ordered) {
    if (!accepts(slot)) continue
    if (total >= from && total < to) shown.push(slot)
    total++
  }
  const last = lastPage(total, pageSize)
  // Past the end: the last page, in a second pass (rare: only hand-made URLs go there).
  return page > last ? pageInOrder(ordered, accepts, last, pageSize) : { total, page, shown }
}

function nearestPage(index: TownIndex, point: LatLng, accepts: (slot: number) => boolean, page: number, pageSize: number): Found {
  const { total, ranked } = nearest(index, point, NEAR_RADIUS_KM, accepts, page * pageSize)
  const shownPage = Math.min(page, lastPage(total, pageSize))
  return { total, page: shownPage, shown: ranked.slice((shownPage - 1) * pageSize, shownPage * pageSize).map((r) => r.slot) }
}

/**
 * One page of the matched slots that pass the filters, by score, highest first; equal scores in
 * result order (by position there: no string comparisons). Filtered first, so only what can be
 * shown is ordered, and only as far as the page (a common word matches thousands).
 */
function bestPage(index: TownIndex, scores: ReadonlyMap<number, number>, accepts: (slot: number) => boolean, page: number, pageSize: number): Found {
  const found: [number, number][] = []
  for (const entry of scores) if (accepts(entry[0])) found.push(entry)
  const total = found.length
  // Past the end: the last page.
  const shownPage = Math.min(page, lastPage(total, pageSize))
  const rank = index.resultRanks()
  const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0)
  const best = firstInOrder(found, shownPage * pageSize, byScore)
  return { total, page: shownPage, shown: best.slice((shownPage - 1) * pageSize).map(([slot]) => slot) }
}

/**
 * The directory search, as the public sees it: filters, "open now" and distance run over the
 * town's in-memory index (directoryIndex.ts), which keeps services in result order, places in
 * a grid and opening hours as weekly intervals; only the requested page's documents are then
 * read (resultPage.ts).
 */
export async function searchServices(payload: Payload, f: DirectoryFilters, ctx: Context): Promise<DirectoryPage> {
  const now = ctx.now ?? new Date()
  const pageSize = ctx.pageSize ?? PAGE_SIZE
  const [index, taxonomy] = await Promise.all([townIndex(payload, ctx.townID), townTaxonomy(payload, ctx.townID)])
  const resolved = resolveFilters(taxonomy, f)
  if (!resolved) return { results: [], total: 0, page: 1, totalPages: 0 }
  const units = f.q ? await queryUnits(payload, ctx.townID, f.q, ctx.locale, knownIn(index, taxonomy)) : []
  const words = units.length ? recentScores(index, taxonomy, units, ctx.locale) : null
  // Words that find nothing in the whole town (not for want of a filter) are counted for the staff.
  if (words && !words.size && ctx.locale && ctx.recordMisses !== false && f.page === 1 && !ctx.organizationID) recordMiss(payload, { townID: ctx.townID, locale: ctx.locale, query: f.q ?? '', now })
  const { candidates, passes } = selectServices(index, f, resolved, now, ctx.organizationID, words)
  const open = f.openNow ? new OpenNow(index, now, ctx.timeZone) : null
  const accepts = (slot: number) => candidates.has(slot) && passes(slot) && (!open || open.isOpen(slot))

  // Only services within the radius can be shown ("open now" looks at those alone).
  // With words, best match first (equal scores in result order); without, the result order.
  const found = f.near
    ? nearestPage(index, f.near, accepts, f.page, pageSize)
    : words
      ? bestPage(index, words, accepts, f.page, pageSize)
      : pageInOrder(index.ordered, accepts, f.page, pageSize)
  const { total, page } = found
  const totalPages = Math.ceil(total / pageSize)
  const changesAt = open?.changesAt() ?? null
  const pageIDs = found.shown.map((slot) => index.serviceAt(slot).id)
  if (!pageIDs.length) return { results: [], total, page, totalPages, changesAt }
  return { results: await readResults(payload, pageIDs, { townID: ctx.townID, now, timeZone: ctx.timeZone, near: f.near }), total, page, totalPages, changesAt }
}
