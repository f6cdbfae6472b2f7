import type { CollectionBeforeChangeHook } from 'payload'

type HistoryRow = { date?: string | null; status?: string | null; note?: unknown }

/**
 * Every status change lands in the dated status history (unless the editor wrote the entry
 * already), so the public sees when a measure started, paused or was completed. A completed
 * measure is at 100 %.
 */
export const recordStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status === 'completed') data.progress = 100
  if (!status || status === originalDoc?.status) return data
  const history: HistoryRow[] = Array.isArray(data.statusHistory) ? data.statusHistory : Array.isArray(originalDoc?.statusHistory) ? [...originalDoc.statusHistory] : []
  if (history.at(-1)?.status !== status) history.push({ date: new Date().toISOString(), status })
  data.statusHistory = history
  return data
}
