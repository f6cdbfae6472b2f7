import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import type { PortalSlugs } from '@cms/types'
import type { User } from '@cms/payload-types'
import { tenantIDsOf } from '@cms/access/ids'
import { roleOf } from '@cms/access/roles'
import { accessFromClaims, type ClaimedAccess } from '@shared/oidcClaims'
import { writeRaw } from './session'
import type { SsoError } from './texts'
import { townsOfProvider, type TownSso } from './townSso'

export type AccountOutcome = { user: User } | { refused: SsoError }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * Takes away everything an account could do: no towns, no organisations, the least role, no
 * sessions (its cookies stop at once). Written straight to the database: the account checks
 * (a provider needs an organisation, an editor a town) describe accounts that work, and this
 * one no longer does. The account stays, so the documents it edited keep their author.
 */
async function revoke(req: PayloadRequest, slug: PortalSlugs['users'], user: User): Promise<void> {
  await writeRaw(req, slug, user.id, { role: 'provider', tenants: [], organizations: [], sessions: [] })
}

/**
 * Whether an existing password account may be taken over by this provider's identity: only an
 * account the provider could have made itself (an editor of towns that trust it, or an admin
 * when the provider's claims make the person an admin), and only an address the provider
 * does not call unverified. Everything else stays with its owner.
 */
function mayLink(existing: User, access: ClaimedAccess, providerTowns: readonly string[], emailVerified: unknown): boolean {
  if (emailVerified === false || text(existing.sso?.subject)) return false
  const role = roleOf(existing)
  if (role === 'admin') return access.role === 'admin'
  if (role === 'editor') return tenantIDsOf(existing).every((t) => providerTowns.includes(t))
  return false
}

/**
 * The account of the person the provider vouched for: found by the provider's issuer and
 * subject (never by a name or address the person could change there), made at the first
 * login, and given the role and towns the claims say at every login. Someone the claims
 * no longer name loses the account's access.
 */
export async function accountFromClaims(req: PayloadRequest, slug: PortalSlugs['users'], town: TownSso, claims: Record<string, unknown>): Promise<AccountOutcome> {
  const issuer = text(claims.iss)
  const subject = text(claims.sub)
  const providerTowns = await townsOfProvider(req.payload, town)
  const access = accessFromClaims(claims, providerTowns.map((t) => t.mapping))
  const { docs } = await req.payload.find({
    collection: slug,
    where: { and: [{ 'sso.issuer': { equals: issuer } }, { 'sso.subject': { equals: subject } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  let user = docs[0]
  let link: Partial<User> = {}
  if (!access) {
    if (user) await revoke(req, slug, user)
    return { refused: 'noGroup' }
  }
  const tenants = access.towns.map((municipality) => ({ municipality }))
  const name = text(claims.name) || undefined
  if (!user) {
    const email = text(claims.email).toLowerCase()
    if (!email) return { refused: 'noEmail' }
    const { docs: same } = await req.payload.find({ collection: slug, where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true, req })
    const existing = same[0]
    if (existing && !mayLink(existing, access, providerTowns.map((t) => t.id), claims.email_verified)) return { refused: 'accountTaken' }
    if (existing) {
      user = existing
      link = { sso: { issuer, subject } }
    } else {
      user = await req.payload.create({
        collection: slug,
        // A password nobody knows: the account logs in only through the provider (the
        // password login refuses it, see refusePasswordLogin.ts).
        data: { email, name, role: access.role, tenants, password: randomBytes(32).toString('base64url'), sso: { issuer, subject } },
        depth: 0,
        overrideAccess: true,
        req,
      })
      return { user }
    }
  }
  const updated = await req.payload.update({
    collection: slug,
    id: user.id,
    data: { ...link, role: access.role, tenants, ...(access.role === 'admin' ? { organizations: [] } : {}), ...(name ? { name } : {}) },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { user: updated }
}
