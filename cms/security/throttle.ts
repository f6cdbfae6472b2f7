import type { PayloadRequest } from 'payload'
import { authText } from './authTexts'
import { clientAddressOf } from './clientAddress'
import { limiter, type LimitName } from './limits'

export interface Throttle {
  limit: LimitName
  /** What is counted besides the address (an account), or nothing for the address alone. */
  subject?: string
}

const keyOf = (address: string, subject?: string) => (subject === undefined ? address : `${address}\u0000${subject.trim().toLowerCase()}`)

/**
 * Counts one attempt against each limit and answers 429 with `Retry-After` and a message in
 * the request's language when any is used up; null while all allow it.
 */
export async function throttle(req: PayloadRequest, checks: Throttle[]): Promise<Response | null> {
  const address = clientAddressOf(req.headers)
  let retryAfter = 0
  for (const { limit, subject } of checks) {
    const verdict = await limiter(limit).hit(keyOf(address, subject))
    if (!verdict.allowed) retryAfter = Math.max(retryAfter, verdict.retryAfter)
  }
  if (!retryAfter) return null
  return tooManyAttempts(req, retryAfter)
}

/**
 * Takes back what `throttle` counted for an attempt that turned out fine (a login that
 * succeeded, a request that was malformed and tested no password): one attempt, never the
 * whole count, so a valid login of one's own cannot wipe the failures against others.
 */
export async function forgive(req: PayloadRequest, checks: Throttle[]): Promise<void> {
  const address = clientAddressOf(req.headers)
  for (const { limit, subject } of checks) await limiter(limit).undo(keyOf(address, subject))
}

export function tooManyAttempts(req: PayloadRequest, retryAfter: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfter / 60))
  const message = authText(req.i18n?.language, 'tooManyAttempts', { minutes })
  return Response.json({ errors: [{ message }] }, { status: 429, headers: { 'Retry-After': String(retryAfter) } })
}

/** Forgets the count entirely (the account's own failures once its password was given right). */
export async function clear(req: PayloadRequest, checks: Throttle[]): Promise<void> {
  const address = clientAddressOf(req.headers)
  for (const { limit, subject } of checks) await limiter(limit).reset(keyOf(address, subject))
}
