import type { PayloadRequest } from 'payload'
import { REVIEW_STATES, type ReviewState } from '@shared/reviewDiff'
import { isRecord } from '../isRecord'

/** An editor's verdict on a provider's change, handed from the review endpoints to the save hook. */
export interface Verdict {
  /** The document it is for: other saves in the same request (hooks of hooks) get none. */
  id: string
  state: ReviewState
  comment: string | null
  at: string
  by: string
}

const KEY = 'reviewVerdict'

/** Sets the verdict the next save of this request records (see hooks/providerPublishing.ts). */
export function withVerdict(req: PayloadRequest, verdict: Verdict): void {
  req.context[KEY] = verdict
}

export function verdictOf(req: PayloadRequest, id: unknown): Verdict | null {
  const v: unknown = req.context[KEY]
  if (!isRecord(v) || v.id === undefined || String(v.id) !== String(id) || typeof v.at !== 'string' || typeof v.by !== 'string') return null
  const state = REVIEW_STATES.find((s) => s === v.state)
  return state ? { id: String(v.id), state, comment: typeof v.comment === 'string' ? v.comment : null, at: v.at, by: v.by } : null
}
