import type { Access, Where } from 'payload'
import { isAdmin, isStaff } from '@cms/access/roles'
import { MATCH_NOTHING } from '../queryGuard/guardQuery'
import { type DocRef, mayUpdate, refOf } from './mayUpdate'

export const JOBS_SLUG = 'payload-jobs'

/** The documents a job acts on: scheduled publishing names its document, an import its import. */
export function jobDocuments(job: { input?: unknown }, importsSlug: string): DocRef[] {
  const input = job.input
  if (typeof input !== 'object' || input === null) return []
  const refs: DocRef[] = []
  for (const value of Object.values(input)) {
    const ref = refOf(value)
    if (ref) refs.push(ref)
  }
  const importID = 'importID' in input ? input.importID : undefined
  if (typeof importID === 'string' || typeof importID === 'number') refs.push({ relationTo: importsSlug, value: importID })
  return refs
}

/**
 * Jobs carry document IDs and import files' names of every town. Admins read them all; staff
 * read a job only when they may change every document it acts on (the admin's "scheduled
 * publishing" list reads them with the user's access); jobs about no document (the weekly
 * reminder) and providers: nothing.
 */
export const jobsReadAccess =
  (importsSlug: string): Access =>
  async ({ req }) => {
    if (isAdmin(req.user)) return true
    if (!isStaff(req.user)) return false
    const jobs = await req.payload.find({ collection: JOBS_SLUG, overrideAccess: true, pagination: false, depth: 0, req })
    const visible: (string | number)[] = []
    for (const job of jobs.docs) {
      const docs = jobDocuments(job, importsSlug)
      if (docs.length && (await Promise.all(docs.map((d) => mayUpdate(req, d)))).every(Boolean)) visible.push(job.id)
    }
    return visible.length ? ({ id: { in: visible } } satisfies Where) : MATCH_NOTHING
  }
