import type { createClient } from 'redis'

type RedisClient = ReturnType<typeof createClient>

declare global {
  /** The process's Redis client (see sharedRedis). */
  var __integrationPortalRedis: RedisClient | undefined
  /** Set while the Redis client's package loads (see sharedRedis). */
  var __integrationPortalRedisLoading: Promise<void> | undefined
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
  const client = globalThis.__integrationPortalRedis
  if (!client) {
    // The package is loaded on first use, not with the config: every process without REDIS_URL
    // (most installations, each CLI run, each test) starts without it. Until it is loaded and
    // connected the answer is null, as during any reconnect.
    globalThis.__integrationPortalRedisLoading ??= import('redis').then(
      ({ createClient }) => connect(createClient, url),
      (error: unknown) => console.warn(`Redis client unavailable: ${error instanceof Error ? error.message : String(error)}`),
    )
    return null
  }
  return client.isReady ? client : null
}

function connect(create: typeof createClient, url: string) {
  const client = (globalThis.__integrationPortalRedis = create({ url, name: 'portal-app', disableOfflineQueue: true, socket: { connectTimeout: 2000 } }))
  let warned = false
  client.on('error', (error: Error) => {
    // The client reconnects by itself; one line per outage is enough.
    if (!warned) console.warn(`Redis (${url.replace(/\/\/[^@]*@/, '//…@')}) unavailable: ${error.message}`)
    warned = true
  })
  client.on('ready', () => (warned = false))
  client.connect().catch(() => undefined)
}
