import type { SanitizedConfig } from 'payload'

export interface GraphQLResponse {
  status: number
  body: { data?: Record<string, unknown> | null; errors?: { message: string }[] }
  text: string
}

/**
 * Calls Payload's real GraphQL route handler (the one web/app/(payload)/api/graphql uses), so
 * access control is exactly what an HTTP client gets. Companion of the REST client in
 * tests/integration/helpers/rest.ts.
 */
export async function graphqlClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const handler = GRAPHQL_POST(config) as unknown as (req: Request) => Promise<Response>
  /** `init` replaces the JSON body and adds headers (another encoding, a login cookie, an Origin). */
  return async function query(source: string, token?: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<GraphQLResponse> {
    const headers: Record<string, string> = init.body === undefined ? { 'Content-Type': 'application/json' } : {}
    if (token) headers.Authorization = `JWT ${token}`
    Object.assign(headers, init.headers)
    const body = init.body ?? JSON.stringify({ query: source })
    const res = await handler(new Request('http://localhost/api/graphql', { method: 'POST', headers, body }))
    const text = await res.text()
    let parsed: GraphQLResponse['body'] = {}
    try {
      parsed = JSON.parse(text) as GraphQLResponse['body']
    } catch {
      // not JSON (a refused encoding): status and text tell
    }
    return { status: res.status, body: parsed, text }
  }
}

/** The name of a collection's list query, as @payloadcms/graphql derives it from the slug. */
export async function listQueryName(slug: string): Promise<string> {
  const { formatNames } = await import('payload')
  const { singular, plural } = formatNames(slug)
  return singular === plural ? `all${singular}` : plural
}
