import { retentionFromEnv, type RetentionPeriods } from '@shared/retention'

/**
 * The retention periods of this installation (env, README "Data protection"); read on each use,
 * so a test or a restart with other values needs no cache cleared. A malformed value throws.
 */
export const retentionPeriods = (): RetentionPeriods => retentionFromEnv(process.env)

/** What an erased account's name becomes in the documents it reviewed. */
export const FORMER_USER = 'ehemaliges Benutzerkonto'
