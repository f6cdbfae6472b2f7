import type { JobsConfig, PayloadRequest } from 'payload'
import { isAdmin, isStaff } from '../access/roles'

/**
 * Payload lets every logged-in user queue, run and cancel jobs and read the job list; here
 * only admins (and an external cron with `Authorization: Bearer $CRON_SECRET`) run jobs and
 * staff queue them; who reads the job list is in security/internal/jobs.ts.
 */
const cronSecret = (req: PayloadRequest) => {
  const secret = process.env.CRON_SECRET
  return Boolean(secret) && req.headers.get('authorization') === `Bearer ${secret}`
}

export const jobsAccess: NonNullable<JobsConfig['access']> = {
  run: ({ req }) => isAdmin(req.user) || cronSecret(req),
  queue: ({ req }) => isStaff(req.user),
  cancel: ({ req }) => isAdmin(req.user),
}
