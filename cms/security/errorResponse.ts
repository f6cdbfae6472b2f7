import { randomUUID } from 'node:crypto'
import type { AfterErrorHook } from 'payload'

/**
 * A server error answers with a request ID and nothing else: the log line with the same ID
 * has the details (Payload already hides the message; the stack, SQL and paths stay in the
 * log). Support can find the failure from the ID a user reports.
 */
export const answerServerErrorsWithRequestID: AfterErrorHook = ({ error, req, collection }) => {
  const status = 'status' in error && typeof error.status === 'number' ? error.status : 500
  if (status < 500) return
  const requestId = randomUUID()
  const path = req.url ? new URL(req.url, 'http://localhost').pathname : undefined
  req.payload.logger.error({ requestId, method: req.method, path, collection: collection?.slug, err: error }, `request ${requestId} failed`)
  const headers = req.responseHeaders ?? new Headers()
  headers.set('X-Request-Id', requestId)
  req.responseHeaders = headers
  return { response: { errors: [{ message: req.t('error:unknown'), requestId }] }, status }
}
