import {
  QueryError,
  buildVersionCollectionFields,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'
import { whereProblem, type WhereProblem } from '@shared/whereRules'
import { queryMessage, type QueryMessageKey } from './messages'
import { resolvePath, type Hop, type ResolvedPath } from './resolvePath'
import { readAccessOf } from './readAccess'
import { collectionBySlug } from '../collectionBySlug'

/** Matches no document on every adapter (an empty `in` list does not). */
export const MATCH_NOTHING: Where = { id: { exists: false } }

interface Context {
  payload: Payload
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  /** Shape checks (operators, values) for queries from outside: REST and GraphQL. */
  checkShapes: boolean
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/** A refused query: a 400 with the reason, logged at info level like Payload's own validation errors. */
export class QueryRefused extends QueryError {
  constructor(message: string, path: string) {
    super([{ path }])
    // Payload's name, so `loggingLevels.QueryError` applies; our message says why, in the user's language.
    this.name = 'QueryError'
    this.message = message
    this.isPublic = true
  }
}

const refuse = (ctx: Context, key: QueryMessageKey, vars: Parameters<typeof queryMessage>[2]): never => {
  throw new QueryRefused(queryMessage(ctx.req, key, vars), vars.path)
}

const versionFieldsCache = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()
function versionFieldsOf(payload: Payload, collection: SanitizedCollectionConfig): FlattenedField[] | null {
  if (!collection.versions) return null
  let fields = versionFieldsCache.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(payload.config, collection, true)
    versionFieldsCache.set(collection, fields)
  }
  return fields
}

/**
 * A path of a find or count is one of the collection's fields; a path of a versions query
 * starts with `version.`/`parent`/`latest`: the hook cannot tell the two operations apart
 * (both are "read"), so a path the collection lacks is looked up among the version fields.
 */
function resolve(ctx: Context, path: string): ResolvedPath {
  const main = resolvePath(ctx.payload, ctx.collection.flattenedFields, path)
  if (main.ok || main.reason !== 'unknownField') return main
  const versionFields = versionFieldsOf(ctx.payload, ctx.collection)
  return versionFields ? resolvePath(ctx.payload, versionFields, path) : main
}

/** Refuses `$`-keys anywhere inside a value (MongoDB operators smuggled into a condition). */
function hasDollarKey(value: unknown, depth = 0): boolean {
  if (depth > 20) return true
  if (Array.isArray(value)) return value.some((v) => hasDollarKey(v, depth + 1))
  if (!isObject(value)) return false
  return Object.entries(value).some(([k, v]) => k.startsWith('$') || hasDollarKey(v, depth + 1))
}

function problemMessage(ctx: Context, path: string, p: WhereProblem): never {
  if (p.code === 'badValue') return refuse(ctx, 'badValue', { path, operator: p.operator, expected: p.expected })
  return refuse(ctx, p.code, { path, operator: p.operator })
}

/**
 * A condition on a field of linked documents, evaluated with the linked collection's read
 * rules: the linked documents the user may read and that match become an ID list. Payload
 * scopes such conditions itself only on some code paths (not for `draft=true`, versions or
 * sorting), so an anonymous reader could test an unpublished service's text one letter at a
 * time through a published page that links it.
 */
async function scopeHop(ctx: Context, hop: Hop, conditions: Record<string, unknown>): Promise<Where | null> {
  return scopeLinked(ctx, hop.target, hop.prefix, { [hop.rest]: conditions } as Where)
}

/** `prefix` restricted to the linked documents of `targetSlug` that match `where` and that the user may read. */
async function scopeLinked(ctx: Context, targetSlug: string, prefix: string, where: Where): Promise<Where | null> {
  const access = await readAccessOf(ctx.req, targetSlug)
  if (access === true) return null
  if (access === false) return MATCH_NOTHING
  const target = collectionBySlug(ctx.payload, targetSlug)
  if (!target) return MATCH_NOTHING
  const found = await ctx.payload.find({
    collection: target.config.slug,
    where,
    req: ctx.req,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    draft: false,
  })
  const ids = found.docs.map((d) => d.id)
  return ids.length ? { [prefix]: { in: ids } } : MATCH_NOTHING
}

/**
 * Payload's nested query on a has-many link (`relatedServices: { contains: { summary: … } }`)
 * is checked for field access but not for the linked collection's read rules: it becomes an
 * ID list the same way a dotted path does.
 */
async function scopeNestedContains(ctx: Context, path: string, target: string, conditions: Record<string, unknown>): Promise<Where | null> {
  const nested = conditions.contains
  if (!isObject(nested)) return null
  const { contains: _nested, ...others } = conditions
  const scoped = await scopeLinked(ctx, target, path, nested as Where)
  if (!scoped) return null
  return Object.keys(others).length ? { and: [{ [path]: others } as Where, scoped] } : scoped
}

async function guardCondition(ctx: Context, path: string, conditions: unknown): Promise<Where | null> {
  if (path.startsWith('$') || !isObject(conditions) || hasDollarKey(conditions)) return refuse(ctx, 'malformed', { path })
  const resolved = resolve(ctx, path)
  if (!resolved.ok) return refuse(ctx, resolved.reason, { path })
  if (resolved.queryableBy?.some((may) => !may(ctx.req))) return refuse(ctx, 'unknownField', { path })
  if (ctx.checkShapes) {
    for (const [operator, value] of Object.entries(conditions)) {
      const problem = whereProblem(resolved.kind, operator, value)
      if (problem) problemMessage(ctx, path, problem)
    }
  }
  if (resolved.hop) return scopeHop(ctx, resolved.hop, conditions)
  return resolved.linkTarget ? scopeNestedContains(ctx, path, resolved.linkTarget, conditions) : null
}

/** Validates a `where` tree and rewrites conditions through relationships; returns the query to run. */
export async function guardWhere(ctx: Context, where: unknown, trail = 'where'): Promise<Where> {
  if (!isObject(where)) return refuse(ctx, 'malformed', { path: trail })
  const parts: Where[] = []
  let rewritten = false
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      // REST's query parser turns long lists (over 20 items) into objects with numeric keys.
      const items = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : refuse(ctx, 'malformed', { path: `${trail}.${key}` })
      const guarded = await Promise.all(items.map((item, i) => guardWhere(ctx, item, `${trail}.${key}.${i}`)))
      parts.push({ [key]: guarded })
      rewritten ||= guarded.some((g, i) => g !== items[i])
      continue
    }
    const scoped = await guardCondition(ctx, key, value)
    if (scoped) rewritten = true
    parts.push(scoped ?? ({ [key]: value } as Where))
  }
  if (!rewritten) return where as Where
  return parts.length === 1 && parts[0] ? parts[0] : { and: parts }
}

/** Sorting by a field of linked documents orders by values the user may not read: refused unless they may read them all. */
export async function guardSortPaths(ctx: Context, sort: unknown) {
  const paths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) => String(s).trim().replace(/^-/, '')).filter(Boolean)
  for (const path of paths) {
    const resolved = resolve(ctx, path)
    if (!resolved.ok) {
      if (ctx.checkShapes) refuse(ctx, resolved.reason, { path })
      continue
    }
    if (resolved.queryableBy?.some((may) => !may(ctx.req))) refuse(ctx, 'unknownField', { path })
    if (resolved.hop && (await readAccessOf(ctx.req, resolved.hop.target)) !== true) refuse(ctx, 'relatedSort', { path })
  }
}

/** The operations whose arguments carry a query. */
const QUERYING = new Set(['read', 'count', 'countVersions', 'readDistinct', 'update', 'delete'])

/**
 * Every query from a user (REST, GraphQL, the admin, and the Local API with `overrideAccess:
 * false`) passes here before Payload runs it: malformed conditions get a 400 with the reason
 * instead of reaching the database, and conditions and sorting through relationships follow
 * the related collection's read rules. Queries with `overrideAccess` are the system's own.
 */
export const guardQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req, overrideAccess }) => {
  // REST and GraphQL leave `overrideAccess` unset (access applies); the Local API defaults it to true.
  if (overrideAccess ?? ('overrideAccess' in args && args.overrideAccess)) return args
  if (!QUERYING.has(operation)) return args
  const ctx: Context = { payload: req.payload, req, collection, checkShapes: req.payloadAPI !== 'local' }
  if ('sort' in args && args.sort) await guardSortPaths(ctx, args.sort)
  if ('field' in args && typeof args.field === 'string') await guardSortPaths(ctx, args.field)
  if ('where' in args && args.where) return { ...args, where: await guardWhere(ctx, args.where) }
  return args
}
