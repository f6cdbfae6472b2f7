import { AsyncLocalStorage } from 'node:async_hooks'

declare global {
  /** On globalThis: Next.js may load this module once per route bundle, and the scope must be one. */
  var __integrationPortalAuditQuiet: AsyncLocalStorage<true> | undefined
}
const quiet = (globalThis.__integrationPortalAuditQuiet ??= new AsyncLocalStorage<true>())

/**
 * Runs `work` without an audit entry per document written: for bulk writers that record one
 * entry of their own instead (an import: "imported 400 rows" rather than 1,200 entries) and
 * for the demo seed, whose thousands of writes nobody made.
 */
export function withoutAudit<T>(work: () => Promise<T>): Promise<T> {
  return quiet.run(true, work)
}

/** Whether the current write happens inside `withoutAudit`. */
export const auditIsQuiet = (): boolean => quiet.getStore() === true
