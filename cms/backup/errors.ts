/**
 * A failure the person at the console can act on (a missing snapshot, a damaged file, a bucket
 * that does not answer, a running app): the CLIs print its message alone and exit non-zero.
 * Anything else is a bug and keeps its stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

/**
 * An error's message and code, read by shape rather than `instanceof Error`: errors from the
 * native SQLite binding come from another realm under jest's module sandbox.
 */
export const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error)

export const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '')
