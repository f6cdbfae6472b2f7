import type { PortalSlugs } from '@cms/types'
import type { Endpoint, PayloadRequest } from 'payload'
import { isRecord } from '@cms/isRecord'
import { clientAddressOf } from '@cms/security/clientAddress'
import { submitAccessibilityFeedback } from '../submit'

/**
 * `POST /api/accessibility-feedback/submit` with JSON `{ town, locale, pageUrl, description,
 * name, email }`: a barrier report from anyone, logged in or not. 201 when stored; 400 with
 * `errors: [{ field, code, message }]`; 404 for an unknown town; 429 when rate-limited.
 * (The portal's form calls the same function directly, as a server action.)
 */
export function submitFeedbackEndpoint(collection: PortalSlugs['accessibilityFeedback'], municipalitiesSlug: PortalSlugs['municipalities']): Endpoint {
  return {
    path: '/submit',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      let parsed: unknown
      try {
        parsed = await req.json?.()
      } catch {
        return Response.json({ errors: [{ field: 'form', code: 'failed', message: 'Send JSON.' }] }, { status: 400 })
      }
      const body = isRecord(parsed) ? parsed : {}
      const result = await submitAccessibilityFeedback(req.payload, {
        collection,
        municipalitiesSlug,
        town: typeof body.town === 'string' ? body.town : '',
        locale: body.locale,
        input: body,
        client: clientAddressOf(req.headers),
      })
      if (!result.ok) return Response.json({ errors: result.errors }, { status: result.status, headers: result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {} })
      return Response.json({ message: 'Thank you. Your report was received.', id: result.id }, { status: 201 })
    },
  }
}
