import type { AsyncLocalStorage } from 'node:async_hooks'
import type { ViewKind } from '@cms/collections/PageViews'
import { collectionTag, townCollectionTag } from '@shared/cacheTags'

/**
 * What a portal page tells the server about the answer it is rendering. web/server.mjs runs
 * each page request inside an AsyncLocalStorage holding one of these and reads it when the
 * page is complete: the tags decide which writes drop the cached copy, `expiresAt` when time
 * alone changes it (open now, coming events), `status` the answer's status, `view` what
 * to count each time the page is served (from the cache too).
 */
export interface RenderNotes {
  tags: Set<string>
  /** Milliseconds since the epoch; null = until a write changes it. */
  expiresAt: number | null
  status: number | null
  view: ViewNote | null
  /** Never cache this answer (it depends on something no tag covers). */
  uncacheable: boolean
  /** What the render cost: Local API operations and SQL statements (Server-Timing, the bench). */
  work: RenderWork
}

/** The reads (and writes) one render made, counted while it runs. */
export interface RenderWork {
  /** Local API operations (find, findByID, count, …), nested ones included. */
  operations: number
  /** SQL statements sent to the database (SQLite; MongoDB's calls are not counted). */
  queries: number
}

/** One counted view: page, language and day only (cms/usage/countView). */
export interface ViewNote {
  townID: string
  kind: ViewKind
  documentID: string | null
  path: string
  locale: string
  timeZone: string
}

declare global {
  /** Set by web/server.mjs; absent under `next dev` and in tests of single modules. */
  var __integrationPortalRenderNotes: AsyncLocalStorage<RenderNotes> | undefined
  /** web/server.mjs's response cache (web/lib/responseCache.mjs), told of every change. */
  var __integrationPortalResponseCache: { invalidate(tags: readonly string[]): number; clear(): void } | undefined
  /** Counts one view; set when the app starts (web/instrumentation.ts), called by web/server.mjs. */
  var __integrationPortalCountView: ((view: ViewNote) => void) | undefined
}

/** The notes of the page being rendered, or null outside web/server.mjs. */
export function renderNotes(): RenderNotes | null {
  return globalThis.__integrationPortalRenderNotes?.getStore() ?? null
}

/** The answer depends on these tags (shared/cacheTags.ts). */
export function noteTags(tags: Iterable<string>): void {
  const notes = renderNotes()
  if (notes) for (const tag of tags) notes.tags.add(tag)
}

/** The answer changes by itself at this instant (the earliest of all such instants counts). */
export function noteExpiry(at: Date | number): void {
  const notes = renderNotes()
  const ms = typeof at === 'number' ? at : at.getTime()
  if (notes && Number.isFinite(ms)) notes.expiresAt = notes.expiresAt === null ? ms : Math.min(notes.expiresAt, ms)
}

/** The answer's status (404 for a page whose document does not exist, rendered in place). */
export function noteStatus(status: number): void {
  const notes = renderNotes()
  if (notes) notes.status = status
}

/** Never cache this answer. */
export function noteUncacheable(): void {
  const notes = renderNotes()
  if (notes) notes.uncacheable = true
}

/** One Local API operation ran (a collection's beforeOperation hook, cms/cache/countRenderWork.ts). */
export function noteOperation(): void {
  const notes = renderNotes()
  if (notes) notes.work.operations += 1
}

/** One SQL statement was sent (the SQLite adapter's query logger, cms/database.ts). */
export function noteQuery(): void {
  const notes = renderNotes()
  if (notes) notes.work.queries += 1
}

/**
 * Tags every document read while a page renders with its town and collection (afterRead, on
 * every collection): what a page shows is then covered even where its route's list of shown
 * collections (shared/routes.ts) is short of one.
 */
export function noteRead(collection: string, townOf: () => string | null): void {
  const notes = renderNotes()
  // Outside a page render (the admin, the API) the read costs nothing more.
  if (!notes) return
  const townID = townOf()
  notes.tags.add(townID ? townCollectionTag(townID, collection) : collectionTag(collection))
}
