import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { sharedRedis } from '@cms/scale/redis'

/**
 * The one way a change reaches every cache: `publishChange(tags)`. In the app's own process
 * the listeners (web/server.mjs's response cache, the plan cache) hear it at once; through
 * Redis (REDIS_URL) every other app instance does; a process where no app runs (the import
 * CLI) leaves the tags in the database's key-value store, where every app instance looks for
 * them every POLL_MS.
 */
export type ChangeListener = (tags: readonly string[]) => void

const CHANNEL = 'portal:changes'
const KV_KEY = 'portal:changes'
const POLL_MS = 1000
/** How long a process without an app gathers tags before it writes them (an import writes thousands). */
const GATHER_MS = 200
/** Entries kept in the database: more than any app misses between two polls. */
const KEEP = 50

interface Message {
  from: string
  tags: string[]
}

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && 'from' in value && typeof value.from === 'string' && 'tags' in value && Array.isArray(value.tags) && value.tags.every((t) => typeof t === 'string')

interface Log {
  entries: { stamp: string; tags: string[] }[]
}

const isLog = (value: unknown): value is Log =>
  typeof value === 'object' &&
  value !== null &&
  'entries' in value &&
  Array.isArray(value.entries) &&
  value.entries.every((e) => typeof e === 'object' && e !== null && typeof e.stamp === 'string' && Array.isArray(e.tags) && e.tags.every((t: unknown) => typeof t === 'string'))

/**
 * The process's bus. Its state is in private fields: the object lives on globalThis (Next may
 * load this module once per route bundle), and Jest rewrites the plain properties of objects
 * left on globalThis between test files.
 */
class ChangeBus {
  /** This process, so that it does not hear its own Redis messages twice. */
  readonly #id = randomUUID()
  readonly #listeners = new Set<ChangeListener>()
  #subscribed = false
  #polling: ReturnType<typeof setInterval> | null = null
  #app = false
  #lastSeen: string | null = null
  /** Tags waiting to be left in the database (processes without an app), and the pending write. */
  readonly #pending = new Set<string>()
  #writing: Promise<void> | null = null

  /** Whether an app serves from this process (web/server.mjs stores answers only then). */
  get app(): boolean {
    return this.#app
  }

  tell(tags: readonly string[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(tags)
      } catch (error) {
        console.error('A change listener failed:', error)
      }
    }
  }

  async publish(payload: Payload, tags: readonly string[]): Promise<void> {
    this.tell(tags)
    const redis = sharedRedis()
    if (redis) {
      const message: Message = { from: this.#id, tags: [...tags] }
      await redis.publish(CHANNEL, JSON.stringify(message)).catch(() => undefined)
      return
    }
    // No app here to hear it and no Redis: the running app finds it in the database.
    if (this.#app) return
    for (const tag of tags) this.#pending.add(tag)
    // Unref'd: a test or script that ends keeps no timer alive; the import CLI waits with flushChanges().
    this.#writing ??= new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS).unref()).then(() => this.#leave(payload))
  }

  flushed(): Promise<void> {
    return this.#writing ?? Promise.resolve()
  }

  listen(listener: ChangeListener): () => void {
    this.#listeners.add(listener)
    if (process.env.REDIS_URL && !this.#subscribed) {
      this.#subscribed = true
      void this.#subscribe()
    }
    return () => this.#listeners.delete(listener)
  }

  connectApp(payload: Payload): void {
    this.#app = true
    if (this.#polling) return
    this.#polling = setInterval(() => void this.#poll(payload), POLL_MS)
    this.#polling.unref()
  }

  async #leave(payload: Payload): Promise<void> {
    const tags = [...this.#pending]
    this.#pending.clear()
    this.#writing = null
    try {
      const before: unknown = await payload.kv.get(KV_KEY)
      const entries = isLog(before) ? before.entries : []
      await payload.kv.set(KV_KEY, { entries: [...entries, { stamp: randomUUID(), tags }].slice(-KEEP) })
    } catch (error) {
      payload.logger.warn(`Could not leave the changes for the running app: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  async #subscribe(): Promise<void> {
    // A subscribed Redis connection can do nothing else: a second client, duplicated from the shared one.
    for (let attempt = 0; attempt < 30; attempt++) {
      const redis = sharedRedis()
      if (redis) {
        const subscriber = redis.duplicate({ name: 'portal-changes' })
        subscriber.on('error', () => undefined)
        await subscriber.connect()
        await subscriber.subscribe(CHANNEL, (raw) => {
          try {
            const message: unknown = JSON.parse(raw)
            if (isMessage(message) && message.from !== this.#id) this.tell(message.tags)
          } catch {
            // Not ours.
          }
        })
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    this.#subscribed = false
    console.warn('Change bus: Redis not reachable; other instances\u2019 changes arrive only through the database.')
  }

  async #poll(payload: Payload): Promise<void> {
    try {
      const log: unknown = await payload.kv.get(KV_KEY)
      const entries = isLog(log) ? log.entries : []
      const last = entries[entries.length - 1]?.stamp ?? ''
      // The first look only learns where things stand: what was left before this start is in no cache.
      if (this.#lastSeen !== null && last !== this.#lastSeen) {
        const seen = entries.findIndex((e) => e.stamp === this.#lastSeen)
        this.tell([...new Set(entries.slice(seen + 1).flatMap((e) => e.tags))])
      }
      this.#lastSeen = last
    } catch {
      // The database is busy or gone: the next poll tries again.
    }
  }
}

declare global {
  /** The process's change bus (web/server.mjs reads `app`). */
  var __integrationPortalChangeBus: ChangeBus | undefined
}

function bus(): ChangeBus {
  globalThis.__integrationPortalChangeBus ??= new ChangeBus()
  return globalThis.__integrationPortalChangeBus
}

/** Tells every cache, in this process and elsewhere, that what carries these tags changed. */
export async function publishChange(payload: Payload, tags: readonly string[]): Promise<void> {
  if (tags.length) await bus().publish(payload, tags)
}

/** Waits until every change this process published is where other processes find it (the CLI calls it before it exits). */
export async function flushChanges(): Promise<void> {
  // The gathering timer is unref'd (a script that ends keeps none alive): whoever waits for it
  // keeps the process alive meanwhile (else Node ends a script whose last await is this one).
  const alive = setInterval(() => undefined, 60_000)
  try {
    await bus().flushed()
  } finally {
    clearInterval(alive)
  }
}

/**
 * Registers a listener for every change, from this process and (through Redis, when
 * REDIS_URL is set) from the other instances. Returns the function that removes it.
 */
export function onChange(listener: ChangeListener): () => void {
  return bus().listen(listener)
}

/**
 * Marks this process as one that serves the app (web/instrumentation.ts) and starts looking
 * in the database for changes left by processes without an app (the import CLI).
 */
export function connectApp(payload: Payload): void {
  bus().connectApp(payload)
}
