import type { Payload } from 'payload'
import type { PortalSlugs } from '@cms/types'
import type { ProcessingActivity } from '@shared/processingRecord'
import type { RetentionPeriods } from '@shared/retention'

export interface RetentionContext {
  payload: Payload
  now: Date
  periods: RetentionPeriods
  slugs: PortalSlugs
}

/**
 * One kind of personal data the portal keeps: how it is described in the record of processing
 * activities (with its period, from the same `periods` the job uses) and how what is expired at
 * `now` is deleted. A later kind of data plugs in as one more entry (registry.ts).
 */
export interface RetentionKind {
  /** Stable name, the key of the job's output. */
  id: string
  /** The activity in the record of processing activities (German). */
  record: (periods: RetentionPeriods) => ProcessingActivity
  /** Deletes (or anonymises) what is expired; returns how many records. None for data kept aggregated. */
  apply?: (ctx: RetentionContext) => Promise<number>
}
