import type { SanitizedConfig } from 'payload'

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export interface RestResponse<T = Record<string, unknown>> {
  status: number
  body: T
  headers: Headers
}

const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Calls Payload's real REST route handlers (the ones web/app/(payload)/api uses) with real
 * Request objects: authentication, access control, validation and status codes are exactly
 * what an HTTP client gets, without starting Next.
 */
export async function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, Handler> = {
    GET: routes.REST_GET(config) as Handler,
    POST: routes.REST_POST(config) as Handler,
    PATCH: routes.REST_PATCH(config) as Handler,
    DELETE: routes.REST_DELETE(config) as Handler,
  }

  const { cookiePrefix } = await config

  /**
   * `token` is sent as `Authorization: JWT …` (an API client); `cookie` as the login cookie a
   * browser sends (`Cookie: payload-token=…`), for the origin checks of cookie logins.
   */
  async function request<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    { token, cookie, json, body, headers = {} }: { token?: string; cookie?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<RestResponse<T>> {
    const url = new URL(`http://localhost/api${path}`)
    // Next decodes each segment of the catch-all route before Payload sees it (`%2F` arrives as `/`).
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeSegment)
    const init: RequestInit = { method, headers: { ...headers } }
    if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
    if (cookie) (init.headers as Record<string, string>).Cookie = `${cookiePrefix}-token=${cookie}`
    if (json !== undefined) {
      init.body = JSON.stringify(json)
      ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
    } else if (body !== undefined) init.body = body
    const handler = handlers[method] as Handler
    const res = await handler(new Request(url, init), { params: Promise.resolve({ slug }) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  async function login(email: string, password: string): Promise<string> {
    const res = await request<{ token?: string }>('POST', '/users/login', { json: { email, password } })
    if (res.status !== 200 || !res.body.token) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.token
  }

  return { request, login }
}

/** A multipart upload as the admin sends it: the file plus the document's fields as `_payload`. */
export function uploadForm(file: Uint8Array | string, name: string, type: string, data: Record<string, unknown>): FormData {
  const fd = new FormData()
  fd.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), name)
  fd.append('_payload', JSON.stringify(data))
  return fd
}
