import type { PayloadRequest } from 'payload'

/** Where links in e-mails point: SERVER_URL when set, else the request's own origin (the demo). */
export function publicOrigin(req: PayloadRequest): string {
  return req.payload.config.serverURL || (req.url ? new URL(req.url).origin : '')
}
