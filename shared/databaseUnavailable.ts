/**
 * Whether an error means "the database cannot be used right now" (a lock held by another
 * process, a server out of reach) rather than a fault in the request or the code. Such
 * failures pass by themselves, so they are answered 503 with Retry-After ("try again in a
 * moment"), not 500 ("something is broken"). Drizzle, Payload and Next wrap the driver's error:
 * the chain of `cause`s is followed.
 */

/** SQLite result codes (extended ones share the prefix): locked by another connection or process, or the file is unreachable. */
const SQLITE_CODES = /^SQLITE_(?:BUSY|LOCKED|PROTOCOL|CANTOPEN|IOERR)/
/** SQLite's primary codes for the same, as numbers (libsql's `rawCode`; extended codes keep them in the low byte). */
const SQLITE_RAW = new Set([5 /* BUSY */, 6 /* LOCKED */, 10 /* IOERR */, 14 /* CANTOPEN */, 15 /* PROTOCOL */])
/** The MongoDB driver's classes for a server out of reach (not for a refused or invalid query). */
const MONGO_NAMES = /^Mongo(?:ServerSelection|Network|NetworkTimeout|TopologyClosed|NotConnected|PoolCleared)Error$/
/** The driver's message when the code is lost on the way (a wrapper that keeps only the text). */
const MESSAGES = /\b(?:database is locked|database table is locked|SQLITE_BUSY|unable to open database file|Server selection timed out)\b/i

/** How long a client should wait before retrying (seconds): a lock or a failover usually passes within this. */
export const RETRY_AFTER_SECONDS = 30

/** The reason given with a 503 in API answers (machine-readable; the message is the user's language). */
export const DATABASE_UNAVAILABLE = 'database-unavailable'

function matches(error: object): boolean {
  const { code, rawCode, name, message } = error as { code?: unknown; rawCode?: unknown; name?: unknown; message?: unknown }
  if (typeof code === 'string' && SQLITE_CODES.test(code)) return true
  if (typeof rawCode === 'number' && SQLITE_RAW.has(rawCode & 0xff)) return true
  if (typeof name === 'string' && MONGO_NAMES.test(name)) return true
  return typeof message === 'string' && MESSAGES.test(message)
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // A bounded walk: a cause chain could loop.
  let current: unknown = error
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    if (matches(current)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
