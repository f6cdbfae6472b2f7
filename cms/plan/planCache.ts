import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../access/ids'
import { onChange } from '../cache/bus'
import { bumpStamp, isCurrent, readStamp } from '../scale/changeStamps'
import { TENANT_FIELD } from '../tenant'

/**
 * The public plan of a town is read on every plan page but changes a few times a week: it is
 * kept in memory per town and dropped when anything of the plan is saved in this process.
 * Other app instances learn of the save through the town's change stamp in Redis (at their
 * next read); without Redis they see it after at most MAX_AGE_MS.
 */
const MAX_AGE_MS = 60_000

const scopeOf = (townID: string) => `plan:${townID}`

type Entry = { at: number; stamp: string | null; value: Promise<unknown> }
declare global {
  /** The plan cache of this process: on globalThis because Next.js may load this module once per route bundle. */
  var __integrationPortalPlanCache: Map<string, Entry> | undefined
}
const store = (globalThis.__integrationPortalPlanCache ??= new Map<string, Entry>())

declare global {
  var __integrationPortalPlanCacheListening: boolean | undefined
}
// Every change to a town (told once more after its transaction commits, and by other
// instances) drops that town's plan: a copy read just before a commit never outlives it.
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

export async function cachedPlanData<T>(townID: string, part: string, load: () => Promise<T>): Promise<T> {
  const key = `${townID}|${part}`
  const stamp = await readStamp(scopeOf(townID))
  const hit = store.get(key)
  if (hit && isCurrent(hit, stamp, MAX_AGE_MS)) return hit.value as Promise<T>
  const value = load()
  store.set(key, { at: Date.now(), stamp, value })
  // A failed read is not remembered.
  value.catch(() => store.delete(key))
  return value
}

export function invalidatePlanData(townID: string | null): void {
  for (const key of store.keys()) if (!townID || key.startsWith(`${townID}|`)) store.delete(key)
}

/** Drops this process's copy and tells the other instances. */
async function planWritten(doc: Record<string, unknown> | undefined): Promise<void> {
  const townID = idOf(doc?.[TENANT_FIELD])
  invalidatePlanData(townID)
  if (townID) await bumpStamp(scopeOf(townID))
}

export const planChanged: CollectionAfterChangeHook = async ({ doc }) => {
  await planWritten(doc)
  return doc
}

export const planDeleted: CollectionAfterDeleteHook = async ({ doc }) => {
  await planWritten(doc)
  return doc
}
