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
  return async function query(source: string, token?: string): Promise<GraphQLResponse> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const res = await handler(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query: source }) }))
    const text = await res.text()
    return { status: res.status, body: JSON.parse(text) as GraphQLResponse['body'], text }
  }
}

/** The name of a collection's list query, as @payloadcms/graphql derives it from the slug. */
export async function listQueryName(slug: string): Promise<string> {
  const { formatNames } = await import('payload')
  const { singular, plural } = formatNames(slug)
  return singular === plural ? `all${singular}` : plural
}
