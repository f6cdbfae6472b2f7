import { randomUUID } from 'node:crypto'
import type { AfterErrorHook } from 'payload'
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@shared/databaseUnavailable'
import { translate } from '../i18n/translate'
import { currentRequest } from '../logging/requestContext'

/** The status Payload answers with: REST errors carry it, GraphQL errors in their result's extensions. */
function statusOf(error: Error, graphqlStatus: unknown): number {
  if (typeof graphqlStatus === 'number') return graphqlStatus
  return 'status' in error && typeof error.status === 'number' ? error.status : 500
}

/**
 * A server error answers with a request ID and nothing else: the log line with the same ID
 * has the details (Payload already hides the message; the stack, SQL and paths stay in the
 * log). Support can find the failure from the ID a user reports. The ID is the request's own
 * (web/server.mjs gives every request one, on every log line and its X-Request-Id); outside
 * that server a new one. Client errors (4xx) pass.
 *
 * When the database cannot be used (a lock held by another process, a server out of reach)
 * the answer is 503 with Retry-After and a reason, in the user's language: the admin shows
 * that message instead of "unknown error", and clients know to try again.
 */
export const answerServerErrorsWithRequestID: AfterErrorHook = ({ error, req, collection, graphqlResult }) => {
  const status = statusOf(error, graphqlResult?.extensions?.statusCode)
  if (status < 500) return
  const requestId = currentRequest()?.requestId ?? randomUUID()
  const path = req.url ? new URL(req.url, 'http://localhost').pathname : undefined
  const unavailable = isDatabaseUnavailable(error)
  const details = { requestId, method: req.method, path, collection: collection?.slug, err: error }
  // An outage is expected to pass: a warning, not an error, for each request it turns away.
  if (unavailable) req.payload.logger.warn({ ...details, reason: DATABASE_UNAVAILABLE }, `request ${requestId}: database unavailable`)
  else req.payload.logger.error(details, `request ${requestId} failed`)
  const message = unavailable ? translate(req.t, 'server.databaseUnavailable') : req.t('error:unknown')
  const reason = unavailable ? { reason: DATABASE_UNAVAILABLE } : {}
  const answered = unavailable ? 503 : status
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, requestId, ...reason, statusCode: answered } } }
  const headers = req.responseHeaders ?? new Headers()
  headers.set('X-Request-Id', requestId)
  if (unavailable) headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return { response: { errors: [{ message, requestId, ...reason }] }, status: answered }
}
