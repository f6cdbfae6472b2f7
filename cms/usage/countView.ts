import type { Payload } from 'payload'
import type { ViewKind } from '../collections/PageViews'
import { TENANT_FIELD } from '../tenant'

export interface View {
  townID: string
  kind: ViewKind
  documentID?: string | null
  /** The page without language and query, e.g. "/eisenach/services/migrationsberatung". */
  path: string
  locale: string
  /** Local day in the town's time zone, 'YYYY-MM-DD'. */
  day: string
}

const FLUSH_MS = 10_000
type Pending = View & { count: number }

// Views are summed in memory and written every few seconds: a page view costs no database write.
// Buffer and timer live on globalThis: Next.js may load this module once per route bundle.
declare global {
  var __viewBuffer: Map<string, Pending> | undefined
  var __viewTimer: ReturnType<typeof setInterval> | undefined
}
const buffer = (globalThis.__viewBuffer ??= new Map<string, Pending>())

const keyOf = (v: View) => `${v.townID}|${v.day}|${v.path}|${v.locale}`

/** Counts one view (nothing about the reader is kept: not even that it was one person). */
export function countView(payload: Payload, view: View): void {
  const key = keyOf(view)
  const pending = buffer.get(key)
  if (pending) pending.count++
  else buffer.set(key, { ...view, count: 1 })
  if (!globalThis.__viewTimer) {
    globalThis.__viewTimer = setInterval(() => void flushViews(payload), FLUSH_MS)
    globalThis.__viewTimer.unref?.()
  }
}

/** Adds the buffered counts to the daily rows. */
export async function flushViews(payload: Payload): Promise<void> {
  const batch = [...buffer.values()]
  buffer.clear()
  for (const view of batch) {
    const key = keyOf(view)
    try {
      const { docs } = await payload.find({ collection: 'page-views', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
      const row = docs[0]
      if (row) await payload.db.updateOne({ collection: 'page-views', id: row.id, data: { count: (row.count ?? 0) + view.count } })
      else
        await payload.db.create({
          collection: 'page-views',
          data: { key, day: view.day, kind: view.kind, documentID: view.documentID ?? null, path: view.path, locale: view.locale, count: view.count, [TENANT_FIELD]: view.townID },
        })
    } catch (error) {
      // Counting must never break a page; the count is lost, the reader is not.
      payload.logger.warn({ err: error, msg: 'Could not store page views' })
    }
  }
}
