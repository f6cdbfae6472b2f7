import { headersWithCors, type PayloadRequest } from 'payload'
import { translate } from '@cms/i18n/translate'
import type { PortalKey } from '@cms/i18n/en'

/** A JSON answer with the request's CORS headers. */
export function reply(req: PayloadRequest, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const h = headersWithCors({ headers: new Headers(headers), req })
  return Response.json(body, { status, headers: h })
}

/** A refusal in the caller's admin language. */
export const refusal = (req: PayloadRequest, status: number, key: PortalKey) => reply(req, status, { errors: [{ message: translate(req.t, key) }] })
