/**
 * The origins whose pages may write with the login cookie (Payload's `csrf` list): the public
 * address (SERVER_URL), or, without one, the local addresses of `npm run demo` / `npm start` on
 * PORT. A cookie sent from any other page, or with `Origin: null`, counts for nothing: the
 * request is answered as if nobody were logged in. Without an Origin header Payload believes
 * only the browser's `Sec-Fetch-Site: same-origin | same-site | none`; a client that sends
 * neither (not a browser) must use an `Authorization` header. Tokens in that header are not
 * affected: API clients may call from anywhere.
 */
/** The variables read (process.env, or a test's own). */
type Environment = Record<string, string | undefined>

export function allowedOrigins(env: Environment = process.env): string[] {
  const serverURL = env.SERVER_URL?.trim()
  if (serverURL) return [originOf(serverURL)]
  const port = env.PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** `https://portal.example.de/some/path/` → `https://portal.example.de`, as browsers send it in `Origin`. */
function originOf(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`SERVER_URL must be the portal's public address, e.g. https://integration.example.de; got "${url}".`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SERVER_URL must start with https:// (or http://); got "${url}".`)
  }
  return parsed.origin
}
