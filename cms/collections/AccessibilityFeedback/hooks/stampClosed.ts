import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When a report is answered (closed), the day counts for its retention (shared/retention.ts:
 * closed plus 12 months); reopening it clears the day, so a report in work is never deleted.
 */
export const stampClosed: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status !== 'answered') return { ...data, closedAt: null }
  if (originalDoc?.status === 'answered' && originalDoc.closedAt) return { ...data, closedAt: originalDoc.closedAt }
  return { ...data, closedAt: new Date().toISOString() }
}
