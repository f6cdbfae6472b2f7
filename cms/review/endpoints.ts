import { addDataAndFileToRequest, headersWithCors, ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { isRecord } from '../isRecord'
import type { PortalKey } from '../i18n/en'
import { translate } from '../i18n/translate'
import { notifyProviders } from './notify'
import { isRefusal, reviewerRefusal } from './reviewed'
import { withVerdict } from './verdict'

const MAX_COMMENT = 2000

function reply(req: PayloadRequest, status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })
}
const refuse = (req: PayloadRequest, status: number, reason: PortalKey, path?: string) => reply(req, status, { errors: [{ message: translate(req.t, reason), ...(path ? { path } : {}) }] })

/** The request's JSON body, or null when there is none or it is not an object. */
async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return null
  }
  return isRecord(req.data) ? req.data : null
}

type Action = 'approve' | 'send-back'

/**
 * `POST /api/review/:collection/:id/approve` publishes the pending version as the editor;
 * `POST /api/review/:collection/:id/send-back` {comment} keeps it a draft and records the
 * comment. Either tells the providers by e-mail. Editors and admins of the document's town only;
 * a refusal says why in the reader's language and writes nothing.
 */
function reviewAction(action: Action): Endpoint {
  return {
    path: `/review/:collection/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      const checked = await reviewerRefusal(req, req.routeParams?.collection, id)
      if (isRefusal(checked)) return refuse(req, checked.status, checked.reason)
      const { slug, town } = checked
      let comment: string | null = null
      if (action === 'send-back') {
        const body = await bodyOf(req)
        const given = typeof body?.comment === 'string' ? body.comment.trim() : ''
        if (!given || given.length > MAX_COMMENT) return refuse(req, 400, 'review.error.commentRequired', 'comment')
        comment = given
      }
      const pending = await req.payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: false, user: req.user, disableErrors: true, req })
      if (!pending) return refuse(req, 404, 'review.error.notFound')
      if (!pending.pendingReview) return refuse(req, 409, 'review.error.nothingPending')
      const state = action === 'approve' ? 'approved' : 'sentBack'
      const by = String(req.user?.name || req.user?.email || '')
      withVerdict(req, { id, state, comment, at: new Date().toISOString(), by })
      try {
        // Approving publishes the newest version (the provider's draft); sending back saves a
        // new draft on top of it with the verdict: the live version stays as it was.
        await req.payload.update({ collection: slug, id, data: { _status: action === 'approve' ? 'published' : 'draft' }, draft: action !== 'approve', overrideAccess: false, user: req.user, req })
      } catch (error) {
        if (error instanceof ValidationError) return reply(req, 400, { errors: error.data.errors.map((e) => ({ message: e.message, path: e.path })) })
        throw error
      }
      await notifyProviders(req, { slug, doc: { id: pending.id, organization: 'organization' in pending ? pending.organization : undefined }, town, state, comment })
      return reply(req, 200, { message: translate(req.t, action === 'approve' ? 'review.approvedDone' : 'review.sentBackDone'), state })
    },
  }
}

export const reviewEndpoints = (): Endpoint[] => [reviewAction('approve'), reviewAction('send-back')]
