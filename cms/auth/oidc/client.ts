import * as oidc from 'openid-client'
import { isLoopbackIssuer } from '@shared/oidcClaims'
import type { SsoError } from './texts'
import type { TownSso } from './townSso'

/** How long a provider's discovered metadata is reused (keys rotate; settings change). */
const CACHE_MS = 10 * 60 * 1000
/** A provider that does not answer within this many seconds counts as down. */
const TIMEOUT_S = 10

const cache = new Map<string, { config: oidc.Configuration; until: number }>()

/**
 * The provider's configuration, found through its discovery document. openid-client refuses a
 * document whose `issuer` is not the configured address (a wrong or impersonated issuer); plain
 * http only for a provider on this machine (tests, development).
 */
export async function providerConfig(town: TownSso): Promise<oidc.Configuration> {
  const key = `${town.issuer}\n${town.clientId}\n${town.clientSecret}`
  const hit = cache.get(key)
  if (hit && hit.until > Date.now()) return hit.config
  const insecure = isLoopbackIssuer(town.issuer) && town.issuer.startsWith('http:')
  const config = await oidc.discovery(new URL(town.issuer), town.clientId, { client_secret: town.clientSecret }, oidc.ClientSecretPost(town.clientSecret), {
    timeout: TIMEOUT_S,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  })
  cache.set(key, { config, until: Date.now() + CACHE_MS })
  return config
}

/** Forgets a provider's metadata (after a failure, the next try discovers it afresh). */
export const forgetProvider = (town: TownSso): void => {
  cache.delete(`${town.issuer}\n${town.clientId}\n${town.clientSecret}`)
}

const codeOf = (error: unknown): string | undefined => {
  const code: unknown = error && typeof error === 'object' && 'code' in error ? error.code : undefined
  return typeof code === 'string' ? code : undefined
}

/**
 * A network failure (refused, timed out, no such host), also when wrapped in a library's error.
 * By name, not `instanceof`: fetch's errors may come from another realm (Node's own undici).
 */
function unreachable(error: unknown): boolean {
  let e: unknown = error
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const name = 'name' in e ? e.name : undefined
    if (name === 'TypeError' || name === 'AbortError' || name === 'TimeoutError') return true
    e = 'cause' in e ? e.cause : undefined
  }
  return false
}

/**
 * Which message a failed sign-in shows. The provider's own refusal (the person cancelled),
 * an issuer that is not the configured one, a state that does not match this browser, and a
 * provider that cannot be reached each get their own; anything else is a generic failure.
 */
export function reasonOf(error: unknown): SsoError {
  if (error instanceof oidc.AuthorizationResponseError) return error.error === 'access_denied' ? 'denied' : 'failed'
  const code = codeOf(error)
  const message = error instanceof Error ? error.message : ''
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' && /issuer/i.test(message)) return 'issuer'
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && /"iss"|issuer/i.test(message)) return 'issuer'
  if (/\biss\b/.test(message) && /mismatch|unexpected/i.test(message)) return 'issuer'
  if (/state/i.test(message) && code?.startsWith('OAUTH_')) return 'state'
  if (unreachable(error)) return 'unavailable'
  if (error instanceof oidc.ResponseBodyError && error.status >= 500) return 'unavailable'
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') return 'unavailable'
  return 'failed'
}
