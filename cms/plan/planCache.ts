import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../access/ids'
import { TENANT_FIELD } from '../tenant'

/**
 * The public plan of a town is read on every plan page but changes a few times a week: it is
 * kept in memory per town and dropped when anything of the plan is saved in this process.
 * Other app instances see a change after at most MAX_AGE_MS.
 */
const MAX_AGE_MS = 60_000

type Entry = { at: number; value: Promise<unknown> }
const KEY = Symbol.for('integration-portal.plan-cache')
const holder = globalThis as unknown as Record<symbol, Map<string, Entry>>
const store = (holder[KEY] ??= new Map<string, Entry>())

export function cachedPlanData<T>(townID: string, part: string, load: () => Promise<T>): Promise<T> {
  const key = `${townID}|${part}`
  const hit = store.get(key)
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.value as Promise<T>
  const value = load()
  store.set(key, { at: Date.now(), value })
  // A failed read is not remembered.
  value.catch(() => store.delete(key))
  return value
}

export function invalidatePlanData(townID: string | null): void {
  for (const key of store.keys()) if (!townID || key.startsWith(`${townID}|`)) store.delete(key)
}

export const planChanged: CollectionAfterChangeHook = ({ doc }) => {
  invalidatePlanData(idOf(doc?.[TENANT_FIELD]))
  return doc
}

export const planDeleted: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePlanData(idOf(doc?.[TENANT_FIELD]))
  return doc
}
