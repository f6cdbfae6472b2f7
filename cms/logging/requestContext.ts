import type { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What the server knows about the request being handled, wherever code runs for it:
 * web/server.mjs opens one per request (its id goes on every log line and on the answer's
 * X-Request-Id) and reads `databaseUnavailable` when a portal page failed, to answer 503.
 */
export interface RequestContext {
  requestId: string
  /** Set when the request failed because the database could not be used (shared/databaseUnavailable.ts). */
  databaseUnavailable: boolean
}

declare global {
  /** Set by web/server.mjs; absent under `next dev`, in scripts and in tests of single modules. */
  var __integrationPortalRequestContext: AsyncLocalStorage<RequestContext> | undefined
}

/** The request being handled, or undefined outside one (start-up, jobs, scripts, tests). */
export function currentRequest(): RequestContext | undefined {
  return globalThis.__integrationPortalRequestContext?.getStore()
}
