import { randomUUID } from 'node:crypto'
import type { AfterErrorHook } from 'payload'

/** The status Payload answers with: REST errors carry it, GraphQL errors in their result's extensions. */
function statusOf(error: Error, graphqlStatus: unknown): number {
  if (typeof graphqlStatus === 'number') return graphqlStatus
  return 'status' in error && typeof error.status === 'number' ? error.status : 500
}

/**
 * A server error answers with a request ID and nothing else: the log line with the same ID
 * has the details (Payload already hides the message; the stack, SQL and paths stay in the
 * log). Support can find the failure from the ID a user reports. Client errors (4xx) pass.
 */
export const answerServerErrorsWithRequestID: AfterErrorHook = ({ error, req, collection, graphqlResult }) => {
  const status = statusOf(error, graphqlResult?.extensions?.statusCode)
  if (status < 500) return
  const requestId = randomUUID()
  const path = req.url ? new URL(req.url, 'http://localhost').pathname : undefined
  req.payload.logger.error({ requestId, method: req.method, path, collection: collection?.slug, err: error }, `request ${requestId} failed`)
  const message = req.t('error:unknown')
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, requestId } } }
  const headers = req.responseHeaders ?? new Headers()
  headers.set('X-Request-Id', requestId)
  req.responseHeaders = headers
  return { response: { errors: [{ message, requestId }] }, status }
}
