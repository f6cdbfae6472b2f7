import type { CollectionSpec } from './collections'
import type { SecurityWorld } from './securityWorld'

/** What a document of a town refers to: the town, an organisation of it, the plan's action field. */
export interface TownCast {
  town: string
  org: string
  actionField: string
}

/**
 * The security world's documents are built for town 1 and organisation A; `relocate` moves a
 * spec's data to another cast by swapping those IDs (town 2 needs its own action field).
 */
export async function townTwoCast(ctx: SecurityWorld): Promise<TownCast> {
  const field = await ctx.payload.create({
    collection: 'action-fields',
    overrideAccess: true,
    data: { title: 'Arbeit', municipality: ctx.world.towns.town2 } as never,
  })
  return { town: ctx.world.towns.town2, org: ctx.world.orgs.C, actionField: String(field.id) }
}

export const townOneCast = (ctx: SecurityWorld): TownCast => ({ town: ctx.world.towns.town1, org: ctx.world.orgs.A, actionField: ctx.refs.actionField })

export function relocate(ctx: SecurityWorld, value: unknown, cast: TownCast): unknown {
  const swap: Record<string, string> = { [ctx.world.towns.town1]: cast.town, [ctx.world.orgs.A]: cast.org, [ctx.refs.actionField]: cast.actionField }
  if (typeof value === 'string') return swap[value] ?? value
  if (Array.isArray(value)) return value.map((v) => relocate(ctx, v, cast))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relocate(ctx, v, cast)]))
  return value
}

/** Valid data for a new document of `spec` in the cast's town. */
export const dataIn = (ctx: SecurityWorld, spec: CollectionSpec, cast: TownCast, n: string) =>
  relocate(ctx, spec.data(ctx.refs, n, ctx.world.orgs.A), cast) as Record<string, unknown>
