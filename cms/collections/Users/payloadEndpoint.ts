import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { isRecord } from '@cms/isRecord'
import { collectionBySlug } from '@cms/security/collectionBySlug'

/**
 * Payload's own handler for `path`/`method` of a collection, for endpoints of ours that wrap
 * it. Payload appends its auth and document endpoints after a collection's own ones, so ours
 * answer first and find Payload's behind them.
 */
export function payloadHandler(req: PayloadRequest, slug: string, method: Endpoint['method'], path: string, ours: PayloadHandler): PayloadHandler {
  const endpoints = collectionBySlug(req.payload, slug)?.config.endpoints || []
  const found = endpoints.find((e) => e.method === method && e.path === path && e.handler !== ours)
  if (!found) throw new APIError(`No Payload endpoint ${method.toUpperCase()} ${path}`, 500)
  return found.handler
}

/** The JSON body of a request without consuming it (Payload's handler still reads it). */
export async function peekJson(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (!(req.headers.get('content-type') ?? '').startsWith('application/json') || typeof req.clone !== 'function') return {}
  try {
    const data: unknown = await req.clone().json()
    return isRecord(data) ? data : {}
  } catch {
    return {}
  }
}

/** The HTTP status an error thrown by a Payload operation answers with. */
export const statusOf = (error: unknown): number => (error instanceof APIError ? error.status : 500)
