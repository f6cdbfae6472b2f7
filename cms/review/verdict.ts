import type { PayloadRequest } from 'payload'
import { REVIEW_STATES, type ReviewState } from '@shared/reviewDiff'
import { isRecord } from '../isRecord'

/** An editor's verdict on a provider's change, handed from the review endpoints to the save hook. */
export interface Verdict {
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

export function verdictOf(req: PayloadRequest): Verdict | null {
  const v: unknown = req.context[KEY]
  if (!isRecord(v) || !REVIEW_STATES.some((s) => s === v.state) || typeof v.at !== 'string' || typeof v.by !== 'string') return null
  const state = REVIEW_STATES.find((s) => s === v.state)
  return state ? { state, comment: typeof v.comment === 'string' ? v.comment : null, at: v.at, by: v.by } : null
}
