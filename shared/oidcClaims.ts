/**
 * Single sign-on: what a town's identity provider says about a person, turned into the
 * portal's role and towns. Pure (no I/O), so the mapping is tested without a provider.
 */

/** One town's single sign-on mapping, as configured on the town. */
export interface TownClaimMapping {
  /** The town's id. */
  town: string
  /** The claim holding the person's groups or roles; dots walk into objects (`realm_access.roles`). */
  claim: string
  /** Values of that claim that make someone an editor of this town. */
  editorValues: readonly string[]
  /** Values that make someone an admin of the whole installation (none: nobody becomes admin through this town). */
  adminValues: readonly string[]
}

export type ClaimedAccess = { role: 'admin'; towns: string[] } | { role: 'editor'; towns: string[] }

/**
 * The values of a claim: a string, a list of strings, or a space/comma separated string (some
 * providers send roles that way). `path` walks into nested objects: Keycloak puts realm roles
 * under `realm_access.roles`. Anything else (numbers, objects) counts as no value.
 */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims
  // A claim named with a dot (e.g. a URI-like claim name) is taken whole before walking.
  if (Object.prototype.hasOwnProperty.call(claims, path)) value = claims[path]
  else
    for (const part of path.split('.')) {
      value = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined
    }
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean)
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

/**
 * Role and towns from the claims, for every town that trusts this provider (a district and its
 * towns may share one): the person is an editor of each town whose editor values they hold, an
 * admin when they hold an admin value of any of them, and nothing (null) otherwise. Evaluated at
 * each login, so a person removed from the group at the provider loses access at the next one.
 */
export function accessFromClaims(claims: Record<string, unknown>, mappings: readonly TownClaimMapping[]): ClaimedAccess | null {
  const holds = (m: TownClaimMapping, wanted: readonly string[]) => {
    const values = new Set(claimValues(claims, m.claim))
    return wanted.some((w) => values.has(w))
  }
  const towns = [...new Set(mappings.filter((m) => holds(m, m.editorValues)).map((m) => m.town))]
  if (mappings.some((m) => m.adminValues.length > 0 && holds(m, m.adminValues))) return { role: 'admin', towns }
  return towns.length ? { role: 'editor', towns } : null
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Whether an issuer address may be used: https always; plain http only on this machine
 * (tests and development with a local provider), where no network sees the traffic.
 * Null when acceptable, else the reason's key.
 */
export function issuerProblem(issuer: string): 'format' | 'insecure' | null {
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    return 'format'
  }
  if (url.search || url.hash || url.username || url.password) return 'format'
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:') return LOOPBACK.has(url.hostname) ? null : 'insecure'
  return 'format'
}

/** Whether the issuer is on this machine (then http is acceptable: see `issuerProblem`). */
export const isLoopbackIssuer = (issuer: string): boolean => {
  try {
    return LOOPBACK.has(new URL(issuer).hostname)
  } catch {
    return false
  }
}

/**
 * The environment variable holding a town's client secret, `OIDC_CLIENT_SECRET_` and the town's
 * slug in capitals with every other character as `_` (`schmalkalden-meiningen` →
 * `OIDC_CLIENT_SECRET_SCHMALKALDEN_MEININGEN`). (contract: documented in the README)
 */
export const clientSecretVariable = (townSlug: string): string => `OIDC_CLIENT_SECRET_${townSlug.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`

/**
 * Where to go after a login: only a path inside the admin (no other host, no `//host`), else
 * the admin's start page. Keeps the login from being an open redirect.
 */
export function safeAdminPath(wanted: string | null | undefined, adminRoute: string): string {
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || wanted.includes('\\')) return adminRoute
  return wanted === adminRoute || wanted.startsWith(`${adminRoute}/`) || wanted.startsWith(`${adminRoute}?`) ? wanted : adminRoute
}
