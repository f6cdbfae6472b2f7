import { parseTrustedProxies, resolveClientAddress, UNKNOWN_ADDRESS, type TrustedProxies } from '@shared/clientAddress'
import { PEER_HEADER, peerStamping } from '@web/lib/peerAddress.mjs'

let cached: { list: string | undefined; trusted: TrustedProxies } | null = null

/** TRUSTED_PROXIES, parsed once per value (tests change it between cases). */
function trustedProxies(): TrustedProxies {
  const list = process.env.TRUSTED_PROXIES
  if (!cached || cached.list !== list) cached = { list, trusted: parseTrustedProxies(list) }
  return cached.trusted
}

/**
 * The address every rate limit keys on. The socket's address comes from the internal header
 * web/server.mjs writes (and only when it runs: see web/lib/peerAddress.mjs); forwarded
 * headers count only when that socket is a proxy named in TRUSTED_PROXIES. Without the
 * server (under `next dev`) every request shares one unknown address: limits still hold,
 * for all callers together.
 */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string {
  if (!peerStamping()) return UNKNOWN_ADDRESS
  return resolveClientAddress({ peer: headers.get(PEER_HEADER), forwardedFor: headers.get('x-forwarded-for'), trusted: trustedProxies() })
}

/** Checks TRUSTED_PROXIES at start, so that a typo stops the app instead of the first login. */
export function checkTrustedProxies(): void {
  trustedProxies()
}
