import { sharedRedis } from './redis'

/**
 * Change stamps let several app instances keep in-memory caches without serving stale data:
 * per scope (e.g. one town's plan) a counter in the shared Redis that every write bumps. A
 * cache remembers the stamp it was filled under and is reused only while the stamp is the
 * same, so a write through any instance reaches the next read on every other one, for one
 * Redis GET per read instead of a reload.
 *
 * Without REDIS_URL (a single instance, which updates its caches itself) or while Redis is
 * down, the stamp is null and the caches fall back to their age limit.
 */
const PREFIX = 'portal:stamp:'

/**
 * A write's hooks run before its transaction commits, so another instance may read the new
 * stamp and still the old data. The second bump, once the transaction has surely committed,
 * makes it read again; the caches' age limit covers even a slower commit.
 */
const REBUMP_AFTER_MS = 1500
/** One pending re-bump per scope: an import's thousand writes re-bump once, after the last. */
const rebumps = new Map<string, ReturnType<typeof setTimeout>>()

export async function readStamp(scope: string): Promise<string | null> {
  const redis = sharedRedis()
  if (!redis) return null
  try {
    return (await redis.get(PREFIX + scope)) ?? '0'
  } catch {
    return null
  }
}

/** Tells every instance that `scope` changed (nothing to do without Redis). */
export async function bumpStamp(scope: string): Promise<void> {
  const bump = async () => {
    try {
      await sharedRedis()?.incr(PREFIX + scope)
    } catch {
      // Redis went away: the other instances fall back to their age limit.
    }
  }
  await bump()
  if (!process.env.REDIS_URL) return
  clearTimeout(rebumps.get(scope))
  const timer = setTimeout(() => {
    rebumps.delete(scope)
    void bump()
  }, REBUMP_AFTER_MS)
  timer.unref()
  rebumps.set(scope, timer)
}

/** Whether nothing changed since a cache was filled under `entryStamp` (unknown without Redis: yes). */
export const unchangedSince = (entryStamp: string | null, stamp: string | null): boolean => stamp === null || entryStamp === stamp

/** Whether a cache entry filled under `entry.stamp` at `entry.at` may still be served. */
export function isCurrent(entry: { stamp: string | null; at: number }, stamp: string | null, maxAgeMs: number, now = Date.now()): boolean {
  return now - entry.at < maxAgeMs && unchangedSince(entry.stamp, stamp)
}
