// Next.js's cache (ISR pages, `fetch` and `unstable_cache` data, and the tags that
// `revalidateTag`/`revalidatePath` expire) kept in the shared Redis instead of each server's
// memory and disk, so that a revalidation on one app instance holds for all of them.
// next.config.ts points Next here only when REDIS_URL is set; Next imports this file at
// `next start` (not into the build), so the same build serves with or without Redis.
// Plain JavaScript on purpose: Next loads it with a bare dynamic import.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

const KEY = Symbol.for('integration-portal.next-cache-handler')

async function handlers() {
  // A build renders into its own output; only a running server shares its cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [createLruHandler()] }
  const client = createClient({ url: process.env.REDIS_URL, name: 'portal-next-cache', pingInterval: 10_000, socket: { connectTimeout: 2000 } })
  client.on('error', (error) => console.warn(`Next.js cache: Redis error: ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    // Serving from memory is right for this instance but not shared: say so loudly.
    console.error(`Next.js cache: cannot reach Redis (${error.message}); this instance caches on its own.`)
    await client.disconnect().catch(() => undefined)
    return { handlers: [createLruHandler()] }
  }
  // Redis only, no memory layer in front: a local copy would not learn of another instance's revalidation.
  return { handlers: [createRedisHandler({ client, keyPrefix: 'portal:next:', timeoutMs: 1000 })] }
}

// One Redis connection per process, however often Next creates the handler; opened when Next
// first loads this file (at the first request), not at the first cache read.
const config = (globalThis[KEY] ??= handlers())
CacheHandler.onCreation(() => config)

export default CacheHandler
