/**
 * A small in-memory limit per client address against scripted spam: at most `max` reports
 * per `windowMs`. Per process (several app instances each count on their own), which is
 * enough to stop a loop without storing anyone's address: the keys live only in memory and
 * vanish with the window.
 */
export function createRateLimit({ max, windowMs, maxKeys = 10_000 }: { max: number; windowMs: number; maxKeys?: number }) {
  const hits = new Map<string, number[]>()
  return {
    /** Counts an attempt; false when the address has used up its attempts. */
    allow(key: string, now = Date.now()): boolean {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= max) {
        hits.set(key, recent)
        return false
      }
      recent.push(now)
      hits.set(key, recent)
      // Forget the oldest addresses rather than grow without bound under a flood.
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value as string)
      return true
    },
  }
}

/**
 * The client's address as the nearest proxy saw it: the last `X-Forwarded-For` entry (the
 * one our own proxy or Next's server appended; earlier entries are whatever the client
 * claimed), else `X-Real-IP`.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
  return forwarded?.at(-1) || headers.get('x-real-ip')?.trim() || 'unknown'
}
