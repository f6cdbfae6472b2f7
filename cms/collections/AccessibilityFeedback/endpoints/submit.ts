import type { PortalSlugs } from '@cms/types'
import type { Endpoint, PayloadRequest } from 'payload'
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
      let body: Record<string, unknown> = {}
      try {
        body = ((await req.json?.()) ?? {}) as Record<string, unknown>
      } catch {
        return Response.json({ errors: [{ field: 'form', code: 'failed', message: 'Send JSON.' }] }, { status: 400 })
      }
      if (!body || typeof body !== 'object') body = {}
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
