import { createClient } from 'redis'
import { BackupError, messageOf } from './errors'

/**
 * The app's keys in the shared Redis (REDIS_URL): `portal:*`. Today these are the rate-limit
 * counters (cms/security/rateLimiter.ts); the change bus uses only a channel, which keeps
 * nothing. None of it belongs to the restored state, so a restore deletes them all; the
 * pattern leaves other applications' keys in the same Redis alone.
 */
export const APP_KEYS = 'portal:*'

/** Deletes the app's keys; returns how many. Fails with a clear message when Redis does not answer. */
export async function flushAppKeys(url: string): Promise<number> {
  const client = createClient({ url, name: 'portal-restore', socket: { connectTimeout: 3000, reconnectStrategy: false } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    let deleted = 0
    for await (const keys of client.scanIterator({ MATCH: APP_KEYS, COUNT: 500 })) if (keys.length) deleted += await client.unlink(keys)
    return deleted
  } catch (error) {
    throw new BackupError(`Redis (${url.replace(/\/\/[^@]*@/, '//…@')}) did not answer: ${messageOf(error)}`)
  } finally {
    if (client.isOpen) await client.close()
  }
}
