import type { PortalSlugs } from '@cms/types'
import type { Payload } from 'payload'
import { checkFeedback, feedbackValues, type FeedbackError, type FeedbackInput } from '@shared/accessibilityFeedback'
import { DEFAULT_LOCALE, isLocale } from '@shared/locales'
import { limiter } from '@cms/security/limits'

export type SubmitResult = { ok: true; id: string } | { ok: false; status: 400 | 404 | 429; errors: FeedbackError[]; retryAfter?: number }

export interface SubmitArgs {
  collection: PortalSlugs['accessibilityFeedback']
  municipalitiesSlug: PortalSlugs['municipalities']
  /** The town's slug. */
  town: string
  /** The language the reader wrote in (staff answer in it). */
  locale: unknown
  input: FeedbackInput
  /** The client's address (cms/security/clientAddress.ts), for the rate limit only; never stored. */
  client: string
}

/**
 * Checks and stores one barrier report. The only way reports are created: the collection
 * refuses `create` to everyone, so this writes with `overrideAccess` after its own checks.
 */
export async function submitAccessibilityFeedback(payload: Payload, args: SubmitArgs): Promise<SubmitResult> {
  // Checked first, without touching the database: a person correcting a typo never uses up the limit.
  const errors = checkFeedback(args.input)
  if (errors.length) return { ok: false, status: 400, errors }
  const verdict = await limiter('feedback').hit(args.client)
  if (!verdict.allowed) {
    return { ok: false, status: 429, retryAfter: verdict.retryAfter, errors: [{ field: 'form', code: 'rateLimited', message: 'Too many reports from your connection. Please try again later.' }] }
  }
  const { docs } = await payload.find({
    collection: args.municipalitiesSlug,
    where: { slug: { equals: String(args.town) } },
    depth: 0,
    limit: 1,
    select: { slug: true },
  })
  const town = docs[0]
  if (!town) return { ok: false, status: 404, errors: [{ field: 'form', code: 'unknownTown', message: 'Unknown town.' }] }
  const v = feedbackValues(args.input)
  const doc = await payload.create({
    collection: args.collection,
    overrideAccess: true,
    data: {
      municipality: String(town.id),
      subject: v.description.replace(/\s+/g, ' ').slice(0, 80),
      description: v.description,
      pageUrl: v.pageUrl || undefined,
      name: v.name || undefined,
      email: v.email || undefined,
      locale: isLocale(args.locale) ? args.locale : DEFAULT_LOCALE,
      status: 'new',
    },
  })
  return { ok: true, id: String(doc.id) }
}
