import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A person at the test provider: what its claims say about them. */
export interface TestAccount {
  email?: string
  email_verified?: boolean
  name?: string
  groups: string[]
}

/**
 * A real OpenID Connect provider (`oidc-provider`, the certified Node implementation) on
 * 127.0.0.1 at a free port, with one confidential client. Who logs in is set by the test
 * (`loginAs`): the provider's login and consent interaction is answered programmatically, the
 * way a person at a Keycloak login form would, and the claims come from `accounts`, which the
 * test changes to remove someone from a group.
 */
export async function startTestProvider({ clientId, clientSecret, redirectUris }: { clientId: string; clientSecret: string; redirectUris: string[] }) {
  const accounts = new Map<string, TestAccount>()
  let next = ''
  let handle: http.RequestListener = (_req, res) => res.end()
  const server = http.createServer((req, res) => handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { default: Provider } = await import('oidc-provider')
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, token_endpoint_auth_method: 'client_secret_post' }],
    // Groups travel with the profile scope, as Keycloak's and Entra's mappers send them.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    cookies: { keys: ['sso-test-cookie-key'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub)
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined
    },
  })
  provider.use(async (ctx, nextMiddleware) => {
    if (!ctx.path.startsWith('/interaction/')) return nextMiddleware()
    const details = await provider.interactionDetails(ctx.req, ctx.res)
    const grant = new provider.Grant({ accountId: next, clientId: String(details.params.client_id) })
    grant.addOIDCScope('openid email profile')
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: next }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false })
  })
  handle = provider.callback()

  /**
   * Follows a browser from the provider's authorization address through the login to the
   * redirect back to the portal; returns that address (with `code` and `state`, or `error`).
   */
  async function authorize(url: string, sub: string): Promise<URL> {
    next = sub
    const jar = new Map<string, string>()
    let location = url
    for (let hop = 0; hop < 10; hop++) {
      if (!location.startsWith(issuer)) return new URL(location)
      const res = await fetch(location, { redirect: 'manual', headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } })
      for (const c of res.headers.getSetCookie()) {
        const [pair = ''] = c.split(';')
        const at = pair.indexOf('=')
        jar.set(pair.slice(0, at), pair.slice(at + 1))
      }
      const to = res.headers.get('location')
      if (!to) throw new Error(`The provider answered ${res.status} without a redirect: ${await res.text()}`)
      location = new URL(to, location).href
    }
    throw new Error('Too many redirects at the provider')
  }

  return {
    issuer,
    accounts,
    authorize,
    /** Who the next login at the provider is (for a real browser driving the flow). */
    loginAs: (sub: string) => {
      next = sub
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
