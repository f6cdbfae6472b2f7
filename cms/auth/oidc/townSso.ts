import type { Payload } from 'payload'
import type { Municipality } from '@cms/payload-types'
import { clientSecretVariable, issuerProblem, type TownClaimMapping } from '@shared/oidcClaims'

/** A town whose single sign-on is complete: settings on the town, secret in the environment. */
export interface TownSso {
  id: string
  slug: string
  name: string
  issuer: string
  clientId: string
  clientSecret: string
  /** The login button's wording: the provider's name, else the town's. */
  providerName: string
  mapping: TownClaimMapping
  mandatory: boolean
}

type TownFields = Pick<Municipality, 'id' | 'slug' | 'name' | 'sso'>
const SELECT = { slug: true, name: true, sso: true } as const

/** Issuers are compared without a trailing slash (providers and admins write it either way). */
export const sameIssuer = (a: string, b: string): boolean => a.replace(/\/+$/, '') === b.replace(/\/+$/, '')

function complete(town: TownFields, env: NodeJS.ProcessEnv): TownSso | null {
  const sso = town.sso
  const issuer = sso?.issuer?.trim()
  const clientId = sso?.clientId?.trim()
  const clientSecret = town.slug ? env[clientSecretVariable(town.slug)] : undefined
  if (!issuer || !clientId || !clientSecret || !town.slug || issuerProblem(issuer)) return null
  return {
    id: String(town.id),
    slug: town.slug,
    name: town.name,
    issuer,
    clientId,
    clientSecret,
    providerName: sso?.providerName?.trim() || town.name,
    mapping: { town: String(town.id), claim: sso?.claim?.trim() || 'groups', editorValues: sso?.editorValues ?? [], adminValues: sso?.adminValues ?? [] },
    mandatory: Boolean(sso?.mandatory),
  }
}

/** Every town with a complete single sign-on, by name (the login page's buttons). */
export async function ssoTowns(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<TownSso[]> {
  const { docs } = await payload.find({ collection: 'municipalities', where: { 'sso.issuer': { exists: true } }, select: SELECT, depth: 0, limit: 500, sort: 'name', overrideAccess: true })
  return docs.map((t) => complete(t, env)).filter((t): t is TownSso => t !== null)
}

/** One town's single sign-on by the town's slug; null when the town has none (or it is incomplete). */
export async function townSso(payload: Payload, slug: string, env: NodeJS.ProcessEnv = process.env): Promise<TownSso | null> {
  const { docs } = await payload.find({ collection: 'municipalities', where: { slug: { equals: slug } }, select: SELECT, depth: 0, limit: 1, overrideAccess: true })
  return docs[0] ? complete(docs[0], env) : null
}

/**
 * The towns a person's access is decided by: every town that trusts the same provider with
 * the same client (a district and its towns may share one), whose claims then say in which
 * of them the person works.
 */
export async function townsOfProvider(payload: Payload, via: TownSso, env: NodeJS.ProcessEnv = process.env): Promise<TownSso[]> {
  return (await ssoTowns(payload, env)).filter((t) => sameIssuer(t.issuer, via.issuer) && t.clientId === via.clientId)
}

/**
 * The towns whose staff must log in through single sign-on (the password login refuses their
 * editors). Mandatory counts with the settings on the town alone: a missing secret in the
 * environment must not quietly reopen the password login.
 */
export async function mandatorySsoTowns(payload: Payload): Promise<{ id: string; name: string; providerName: string }[]> {
  const { docs } = await payload.find({ collection: 'municipalities', where: { 'sso.mandatory': { equals: true } }, select: SELECT, depth: 0, limit: 500, overrideAccess: true })
  return docs.map((t) => ({ id: String(t.id), name: t.name, providerName: t.sso?.providerName?.trim() || t.name }))
}
