import { createClient } from 'redis'

type RedisClient = ReturnType<typeof createClient>

declare global {
  /** The process's Redis client (see sharedRedis). */
  var __integrationPortalRedis: RedisClient | undefined
}

/**
 * The process's connection to the shared Redis named by REDIS_URL, or null when there is none
 * or it is not connected right now. Callers treat null as "no shared state" and fall back to
 * what one instance can do alone, so a Redis outage slows freshness down, never requests:
 * the client is connected in the background and refuses commands while disconnected
 * (`disableOfflineQueue`) instead of queueing them behind a reconnect.
 * It lives on globalThis because Next.js may load this module once per route bundle.
 */
export function sharedRedis(): RedisClient | null {
  const url = process.env.REDIS_URL
  if (!url) return null
  let client = globalThis.__integrationPortalRedis
  if (!client) {
    client = globalThis.__integrationPortalRedis = createClient({ url, name: 'portal-app', disableOfflineQueue: true, socket: { connectTimeout: 2000 } })
    let warned = false
    client.on('error', (error: Error) => {
      // The client reconnects by itself; one line per outage is enough.
      if (!warned) console.warn(`Redis (${url.replace(/\/\/[^@]*@/, '//…@')}) unavailable: ${error.message}`)
      warned = true
    })
    client.on('ready', () => (warned = false))
    client.connect().catch(() => undefined)
  }
  return client.isReady ? client : null
}
