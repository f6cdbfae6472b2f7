import type { Payload } from 'payload'
import type { DirectoryFilters } from '@shared/directoryParams'
import { townIndex } from './directoryIndex'
import type { IndexedService } from './indexEntries'
import { matcher, resolveFilters } from './matchService'
import { nearest } from './nearest'
import { OpenNow } from './openNow'
import { type DirectoryResult, readResults } from './resultPage'
import { townTaxonomy } from './taxonomy'

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
  now?: Date
  pageSize?: number
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
  const matches = matcher(index, f, resolved, now, ctx.organizationID)
  const open = f.openNow ? new OpenNow(now, ctx.timeZone) : null
  const accepts = open ? (service: IndexedService) => matches(service) && open.isOpen(service, index.locations) : matches

  let total: number
  let inOrder: readonly IndexedService[]
  if (f.near) {
    // Only services within the radius can be shown: "open now" looks at those alone.
    const found = nearest(index, f.near, NEAR_RADIUS_KM, accepts, f.page * pageSize)
    total = found.total
    inOrder = found.ranked.map((r) => r.service)
  } else {
    inOrder = index.ordered.filter(accepts)
    total = inOrder.length
  }
  const totalPages = Math.ceil(total / pageSize)
  const page = Math.min(f.page, Math.max(totalPages, 1))
  const changesAt = open?.changesAt() ?? null
  const pageIDs = inOrder.slice((page - 1) * pageSize, page * pageSize).map((s) => s.id)
  if (!pageIDs.length) return { results: [], total, page, totalPages, changesAt }
  return { results: await readResults(payload, pageIDs, { now, timeZone: ctx.timeZone, near: f.near }), total, page, totalPages, changesAt }
}
