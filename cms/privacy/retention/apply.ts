import type { Payload } from 'payload'
import type { PortalSlugs } from '@cms/types'
import { retentionPeriods } from '../settings'
import type { RetentionKind } from './types'

/**
 * Applies every kind's rule at `now` and says how many records each deleted. A kind that fails
 * is logged and the others still run: one broken rule must not keep the rest of the data forever.
 */
export async function applyRetention(payload: Payload, slugs: PortalSlugs, kinds: RetentionKind[], now = new Date()): Promise<Record<string, number>> {
  const periods = retentionPeriods()
  const deleted: Record<string, number> = {}
  for (const kind of kinds) {
    if (!kind.apply) continue
    try {
      deleted[kind.id] = await kind.apply({ payload, now, periods, slugs })
    } catch (error) {
      payload.logger.error({ err: error, msg: `Retention rule ${kind.id} failed` })
      deleted[kind.id] = -1
    }
  }
  return deleted
}
