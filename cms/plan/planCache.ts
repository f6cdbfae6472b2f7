import { onChange } from '../cache/bus'

/**
 * The public plan of a town is read on every plan page but changes a few times a week: it is
 * kept in memory per town until the change bus (cms/cache/bus.ts) tells of a write to that
 * town, from this process or any other instance. Every write is told once more after its
 * transaction commits, so a copy read just before the commit never outlives it.
 */
declare global {
  /** The plan cache of this process: on globalThis because Next.js may load this module once per route bundle. */
  var __integrationPortalPlanCache: Map<string, Promise<unknown>> | undefined
  var __integrationPortalPlanCacheListening: boolean | undefined
}
const store = (globalThis.__integrationPortalPlanCache ??= new Map<string, Promise<unknown>>())

// The plan shows several collections of its town (measures, goals, editions, …):
// any write in the town drops it, a few milliseconds to read again.
if (!globalThis.__integrationPortalPlanCacheListening) {
  globalThis.__integrationPortalPlanCacheListening = true
  onChange((tags) => {
    for (const tag of tags) {
      const town = /^town:([^:]+)/.exec(tag)?.[1]
      if (town) invalidatePlanData(town)
      else if (tag.startsWith('all:')) invalidatePlanData(null)
    }
  })
}

export function cachedPlanData<T>(townID: string, part: string, load: () => Promise<T>): Promise<T> {
  const key = `${townID}|${part}`
  const hit = store.get(key)
  if (hit) return hit as Promise<T>
  const value = load()
  store.set(key, value)
  // A failed read is not remembered.
  value.catch(() => store.get(key) === value && store.delete(key))
  return value
}

export function invalidatePlanData(townID: string | null): void {
  for (const key of store.keys()) if (!townID || key.startsWith(`${townID}|`)) store.delete(key)
}
