import type { PayloadRequest } from 'payload'
import { mailLanguageOf } from '../i18n/pickText'
import { portalTextIn } from '../i18n/textIn'
import { publicOrigin } from '../security/publicOrigin'
import type { ReviewState } from '@shared/reviewDiff'
import { organizationOf, TITLE_FIELD, type ReviewedSlug } from './reviewed'

interface Notice {
  slug: ReviewedSlug
  doc: Record<string, unknown>
  town: string | null
  state: ReviewState
  comment: string | null
}

/**
 * Tells the providers of the document's organisation what the editor decided, by e-mail, each in
 * their own language (their account's, else the town's). A failed e-mail is logged and does not
 * undo the decision: the provider also sees it in the admin.
 */
export async function notifyProviders(req: PayloadRequest, { slug, doc, town, state, comment }: Notice): Promise<number> {
  const org = organizationOf(slug, doc)
  if (!org) return 0
  const { docs: providers } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'provider' } }, { organizations: { in: [org] } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
    select: { email: true, language: true },
  })
  if (!providers.length) return 0
  const place = town ? await req.payload.findByID({ collection: 'municipalities', id: town, depth: 0, overrideAccess: true, disableErrors: true, req, select: { name: true, defaultLocale: true } }) : null
  // The entry's name in the town's language (a translated title), as its providers know it.
  const named = await req.payload.findByID({ collection: slug, id: String(doc.id), depth: 0, draft: true, locale: place?.defaultLocale ?? undefined, overrideAccess: true, disableErrors: true, req })
  const title = String((named && TITLE_FIELD[slug] in named ? named[TITLE_FIELD[slug] as keyof typeof named] : '') ?? '')
  const vars = { town: place?.name ?? '', title }
  const url = `${publicOrigin(req)}${req.payload.config.routes.admin}/collections/${slug}/${String(doc.id)}`
  const mailIn = (language: string) => {
    const t = portalTextIn(language)
    const subject = state === 'approved' ? t('review.mail.approvedSubject', vars) : t('review.mail.sentBackSubject', vars)
    const body =
      state === 'approved'
        ? [t('reminder.greeting'), t('review.mail.approvedBody', vars), url]
        : [t('reminder.greeting'), t('review.mail.sentBackBody', vars), comment ?? '', t('review.mail.sentBackNext'), url]
    return { subject, text: body.join('\n\n') }
  }
  // One e-mail each: providers of one organisation need not learn each other's addresses.
  await Promise.all(
    providers.map((p) =>
      Promise.resolve(req.payload.sendEmail({ to: p.email, ...mailIn(mailLanguageOf(p, place?.defaultLocale)) })).catch((error: unknown) => {
        req.payload.logger.error({ err: error, msg: `Review e-mail for ${slug} ${String(doc.id)} could not be sent` })
      }),
    ),
  )
  return providers.length
}
