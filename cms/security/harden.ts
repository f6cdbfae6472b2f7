import type { Access, CollectionBeforeChangeHook, Endpoint, Payload, SanitizedCollectionConfig } from 'payload'
import { adminsOnly, loggedIn, nobody } from '../access/predicates'
import { jobsReadAccess, JOBS_SLUG } from './internal/jobs'
import { lockAccess, LOCKS_SLUG, ownLocksOnly } from './internal/locks'
import { deleteOwnPreference, PREFERENCES_SLUG } from './internal/preferences'
import { noVerification } from './internal/verifyEndpoint'
import { guardQuery } from './queryGuard/guardQuery'

type Rules = Partial<Record<'create' | 'read' | 'update' | 'delete', Access>>

interface Policy {
  /** Why the collection gets these rules (read by reviewers). */
  why: string
  access: Rules
  beforeChange?: CollectionBeforeChangeHook
  /** Endpoints that replace Payload's ones with the same method and path. */
  endpoints?: Endpoint[]
}

const ADMINS_ONLY: Policy = {
  why: 'not known to this plugin: admins only until someone decides otherwise',
  access: { create: adminsOnly, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
}

/**
 * Payload adds collections of its own after every plugin has run (locks, preferences, jobs,
 * migrations, the key-value store), several of them open to every logged-in user of every
 * town. These are their rules here; a `payload-*` collection or global this table does not
 * know gets admins-only, so whatever a later Payload adds starts closed.
 */
export function internalPolicies(importsSlug: string): Record<string, Policy> {
  return {
    [LOCKS_SLUG]: {
      why: 'a lock is visible to its owner and to whoever may change the locked document; only for oneself, only on documents one may change',
      access: { create: loggedIn, read: lockAccess, update: lockAccess, delete: lockAccess },
      beforeChange: ownLocksOnly,
    },
    [PREFERENCES_SLUG]: {
      why: "Payload's own rule: each user reads and changes only their own preferences (the user field is set from the login)",
      access: {},
      endpoints: [deleteOwnPreference],
    },
    [JOBS_SLUG]: {
      why: 'admins read all jobs; staff the jobs whose documents they may change (scheduled publishing); queued by the system only',
      access: { create: nobody, read: jobsReadAccess(importsSlug), update: adminsOnly, delete: adminsOnly },
    },
    'payload-migrations': { why: 'admins may see which migrations ran; only the migration runner writes', access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody } },
    'payload-kv': { why: 'internal key-value store: nobody through the API', access: { create: nobody, read: nobody, update: nobody, delete: nobody } },
  }
}

/** The rules a Payload-owned collection gets (the sweep reads this too). */
export const policyOf = (slug: string, importsSlug: string): Policy => internalPolicies(importsSlug)[slug] ?? ADMINS_ONLY

export const isPayloadOwned = (slug: string) => slug.startsWith('payload-')

/** Puts `endpoint` in place of Payload's endpoint with the same method and path. */
function replaceEndpoint(config: SanitizedCollectionConfig, endpoint: Endpoint) {
  const existing = config.endpoints || []
  config.endpoints = [endpoint, ...existing.filter((e) => !(e.method === endpoint.method && e.path === endpoint.path))]
}

function applyPolicy(config: SanitizedCollectionConfig, policy: Policy) {
  Object.assign(config.access, policy.access)
  if (policy.beforeChange && !config.hooks.beforeChange.includes(policy.beforeChange)) config.hooks.beforeChange.push(policy.beforeChange)
  for (const endpoint of policy.endpoints ?? []) replaceEndpoint(config, endpoint)
}

/**
 * Runs once the config is complete (onInit): every collection, Payload's own included, gets
 * the query guard, and Payload's own collections and globals get explicit rules. Doing it on
 * the finished config is the only way to reach what Payload adds after the plugins.
 */
export function hardenPayload(payload: Payload, { importsSlug }: { importsSlug: string }) {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = config.hooks
    if (!hooks.beforeOperation.includes(guardQuery)) hooks.beforeOperation.unshift(guardQuery)
    if (isPayloadOwned(config.slug)) applyPolicy(config, policyOf(config.slug, importsSlug))
    if (config.auth && !config.auth.verify && config.endpoints !== false) replaceEndpoint(config, noVerification)
  }
  for (const global of payload.config.globals) {
    if (!isPayloadOwned(global.slug)) continue
    Object.assign(global.access, { read: adminsOnly, update: adminsOnly, readVersions: adminsOnly, readDrafts: adminsOnly })
  }
}
