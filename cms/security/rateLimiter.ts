import { createHash } from 'node:crypto'
import { sharedRedis } from '../scale/redis'

/** What the limiter needs of a Redis client (any node-redis client has it). */
export interface RedisLike {
  eval(script: string, options: { keys: string[]; arguments?: string[] }): Promise<unknown>
  get(key: string): Promise<unknown>
  pTTL(key: string): Promise<unknown>
  del(key: string): Promise<unknown>
}
type RedisClient = RedisLike

export interface RateLimitRule {
  /** Names the counter (and its Redis keys); unique per limit. */
  name: string
  /** Attempts allowed per window. */
  max: number
  windowMs: number
}

export interface Verdict {
  allowed: boolean
  /** Whole seconds until the window ends (for `Retry-After`); 0 while allowed. */
  retryAfter: number
}

export interface RateLimiter {
  readonly rule: RateLimitRule
  /** Counts one attempt for `key` and says whether it is within the limit. */
  hit(key: string, now?: number): Promise<Verdict>
  /** Whether `key` is over the limit, without counting. */
  check(key: string, now?: number): Promise<Verdict>
  /** Forgets `key` (after a successful login: the person is who they said). */
  reset(key: string): Promise<void>
  /** Takes back one attempt counted for `key` (one that turned out to be legitimate). */
  undo(key: string): Promise<void>
}

// One atomic step: count, start the window on the first attempt, report how long it has left.
const HIT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local t = redis.call('PTTL', KEYS[1])
if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); t = tonumber(ARGV[1]) end
return {c, t}`

const UNDO = `if redis.call('GET', KEYS[1]) and tonumber(redis.call('GET', KEYS[1])) > 0 then return redis.call('DECR', KEYS[1]) end
return 0`

const verdict = (count: number, max: number, msLeft: number): Verdict => (count > max ? { allowed: false, retryAfter: Math.max(1, Math.ceil(msLeft / 1000)) } : { allowed: true, retryAfter: 0 })

/**
 * A fixed-window counter per key. With REDIS_URL every app instance counts in the same Redis
 * (so N instances do not multiply a limit); without it, or while Redis is unreachable, each
 * process counts in memory, which still stops a loop. Keys are hashed before they are stored,
 * so Redis never holds a client's address or e-mail in clear, and they expire with the window.
 */
export function createRateLimiter(rule: RateLimitRule, { redis = sharedRedis, maxKeys = 10_000 }: { redis?: () => RedisClient | null; maxKeys?: number } = {}): RateLimiter {
  const memory = new Map<string, { count: number; resetAt: number }>()
  const redisKey = (key: string) => `portal:rate:${rule.name}:${createHash('sha256').update(key).digest('base64url')}`

  const inMemory = (key: string, now: number, add: number): Verdict => {
    let entry = memory.get(key)
    if (!entry || entry.resetAt <= now) {
      memory.delete(key)
      entry = { count: 0, resetAt: now + rule.windowMs }
    }
    entry.count += add
    // Re-inserting keeps the Map in order of last use; the oldest go first under a flood.
    memory.set(key, entry)
    const oldest = memory.size > maxKeys ? memory.keys().next() : null
    if (oldest && !oldest.done) memory.delete(oldest.value)
    return verdict(entry.count + (add ? 0 : 1), rule.max, entry.resetAt - now)
  }

  const shared = async <T>(work: (client: RedisClient) => Promise<T>): Promise<T | null> => {
    const client = redis()
    if (!client) return null
    try {
      return await work(client)
    } catch {
      // An outage mid-request: fall back to this process's own count.
      return null
    }
  }

  return {
    rule,
    async hit(key, now = Date.now()) {
      const reply = await shared((c) => c.eval(HIT, { keys: [redisKey(key)], arguments: [String(rule.windowMs)] }))
      if (Array.isArray(reply)) return verdict(Number(reply[0]), rule.max, Number(reply[1]))
      return inMemory(key, now, 1)
    },
    async check(key, now = Date.now()) {
      const reply = await shared(async (c) => {
        const k = redisKey(key)
        const [count, ttl] = await Promise.all([c.get(k), c.pTTL(k)])
        return { count: Number(count ?? 0), ttl: Number(ttl) }
      })
      if (reply) return verdict(reply.count + 1, rule.max, reply.ttl > 0 ? reply.ttl : rule.windowMs)
      return inMemory(key, now, 0)
    },
    async reset(key) {
      memory.delete(key)
      await shared((c) => c.del(redisKey(key)))
    },
    async undo(key) {
      const entry = memory.get(key)
      if (entry && entry.count > 0) entry.count--
      await shared((c) => c.eval(UNDO, { keys: [redisKey(key)] }))
    },
  }
}
