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

interface Bus {
  /** This process, so that it does not hear its own Redis messages twice. */
  id: string
  listeners: Set<ChangeListener>
  subscribed: boolean
  polling: ReturnType<typeof setInterval> | null
  /** Whether an app serves from this process (connectApp): otherwise changes are left in the database. */
  app: boolean
  lastSeen: string | null
  /** Tags waiting to be left in the database (processes without an app), and the pending write. */
  pending: Set<string>
  writing: Promise<void> | null
}

declare global {
  /** The process's change bus (Next may load this module once per route bundle). */
  var __integrationPortalChangeBus: Bus | undefined
}

const CHANNEL = 'portal:changes'
const KV_KEY = 'portal:changes'
const POLL_MS = 1000
/** How long a process without an app gathers tags before it writes them (an import writes thousands). */
const GATHER_MS = 200
/** Entries kept in the database: more than any app misses between two polls. */
const KEEP = 50

function bus(): Bus {
  globalThis.__integrationPortalChangeBus ??= { id: randomUUID(), listeners: new Set(), subscribed: false, polling: null, app: false, lastSeen: null, pending: new Set(), writing: null }
  return globalThis.__integrationPortalChangeBus
}

function tell(tags: readonly string[]): void {
  for (const listener of bus().listeners) {
    try {
      listener(tags)
    } catch (error) {
      console.error('A change listener failed:', error)
    }
  }
}

interface Message {
  from: string
  tags: string[]
}

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && 'from' in value && typeof value.from === 'string' && 'tags' in value && Array.isArray(value.tags) && value.tags.every((t) => typeof t === 'string')

/** Tells every cache, in this process and elsewhere, that what carries these tags changed. */
export async function publishChange(payload: Payload, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return
  const b = bus()
  tell(tags)
  const message: Message = { from: b.id, tags: [...tags] }
  const redis = sharedRedis()
  if (redis) {
    await redis.publish(CHANNEL, JSON.stringify(message)).catch(() => undefined)
    return
  }
  // No app here to hear it and no Redis: the running app finds it in the database.
  if (b.app) return
  for (const tag of tags) b.pending.add(tag)
  b.writing ??= new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS)).then(() => leave(payload, b))
}

/** Waits until every change this process published is where other processes find it (the CLI calls it before it exits). */
export async function flushChanges(): Promise<void> {
  await bus().writing
}

async function leave(payload: Payload, b: Bus): Promise<void> {
  const tags = [...b.pending]
  b.pending.clear()
  b.writing = null
  try {
    const before: unknown = await payload.kv.get(KV_KEY)
    const entries = isLog(before) ? before.entries : []
    await payload.kv.set(KV_KEY, { entries: [...entries, { stamp: randomUUID(), tags }].slice(-KEEP) })
  } catch (error) {
    console.error('Could not leave the changes for the running app:', error)
  }
}

/**
 * Registers a listener for every change, from this process and (through Redis, when
 * REDIS_URL is set) from the other instances. Returns the function that removes it.
 */
export function onChange(listener: ChangeListener): () => void {
  const b = bus()
  b.listeners.add(listener)
  if (process.env.REDIS_URL && !b.subscribed) {
    b.subscribed = true
    void subscribe(b)
  }
  return () => b.listeners.delete(listener)
}

/**
 * Marks this process as one that serves the app (web/instrumentation.ts) and starts looking
 * in the database for changes left by processes without an app (the import CLI).
 */
export function connectApp(payload: Payload): void {
  const b = bus()
  b.app = true
  if (!b.polling) {
    b.polling = setInterval(() => void poll(payload, b), POLL_MS)
    b.polling.unref()
  }
}

async function subscribe(b: Bus): Promise<void> {
  // A subscribed Redis connection can do nothing else: a second client, duplicated from the shared one.
  for (let attempt = 0; attempt < 30; attempt++) {
    const redis = sharedRedis()
    if (redis) {
      const subscriber = redis.duplicate()
      subscriber.on('error', () => undefined)
      await subscriber.connect()
      await subscriber.subscribe(CHANNEL, (raw) => {
        try {
          const message: unknown = JSON.parse(raw)
          if (isMessage(message) && message.from !== b.id) tell(message.tags)
        } catch {
          // Not ours.
        }
      })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  b.subscribed = false
  console.warn('Change bus: Redis not reachable; other instances\u2019 changes arrive only through the database.')
}

interface Log {
  entries: { stamp: string; tags: string[] }[]
}

const isLog = (value: unknown): value is Log =>
  typeof value === 'object' &&
  value !== null &&
  'entries' in value &&
  Array.isArray(value.entries) &&
  value.entries.every((e) => typeof e === 'object' && e !== null && typeof e.stamp === 'string' && Array.isArray(e.tags) && e.tags.every((t: unknown) => typeof t === 'string'))

async function poll(payload: Payload, b: Bus): Promise<void> {
  try {
    const log: unknown = await payload.kv.get(KV_KEY)
    const entries = isLog(log) ? log.entries : []
    const last = entries[entries.length - 1]?.stamp ?? ''
    // The first look only learns where things stand: what was left before this start is in no cache.
    if (b.lastSeen !== null && last !== b.lastSeen) {
      const seen = entries.findIndex((e) => e.stamp === b.lastSeen)
      tell([...new Set(entries.slice(seen + 1).flatMap((e) => e.tags))])
    }
    b.lastSeen = last
  } catch {
    // The database is busy or gone: the next poll tries again.
  }
}
