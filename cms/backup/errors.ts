/**
 * A failure the person at the console can act on (a missing snapshot, a damaged file, a bucket
 * that does not answer, a running app): the CLIs print its message alone and exit non-zero.
 * Anything else is a bug and keeps its stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
