import type { Payload } from 'payload'

declare global {
  /** Work of this process waiting to run after a response (on globalThis: Next.js may load this module once per route bundle). */
  var __integrationPortalAfterResponse: Set<Promise<void>> | undefined
}
const pending = (globalThis.__integrationPortalAfterResponse ??= new Set())

/**
 * Runs `work` after the current response is on its way (the next turn of the event loop),
 * logging a failure instead of throwing. Auth endpoints use it for work that only happens
 * for some accounts (a reset token, a mail), so that the answer costs the same for all.
 */
export function afterResponse(payload: Payload, label: string, work: () => Promise<unknown>): void {
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .then(
      () => undefined,
      (err: unknown) => payload.logger.error({ err, msg: `${label} failed` }),
    )
    .finally(() => pending.delete(run))
  pending.add(run)
}

/** Resolves once all work queued so far is done (tests, benchmarks, a graceful stop). */
export async function afterResponseSettled(): Promise<void> {
  while (pending.size) await Promise.all([...pending])
}
