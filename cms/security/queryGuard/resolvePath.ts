import type { FlattenedField, Payload, PayloadRequest } from 'payload'
import { collectionBySlug } from '../collectionBySlug'
import { queryKindOf, type QueryKind } from '@shared/whereRules'

/** A step of a query path from one collection into the documents of another. */
export interface Hop {
  /** The path up to and including the relationship field, e.g. `relatedServices` or `version.organization`. */
  prefix: string
  /** The rest of the path, evaluated in the related collection, e.g. `summary`. */
  rest: string
  /** The related collection. */
  target: string
}

/**
 * A field may say who may filter or sort by it (`custom.queryableBy`): rows an `afterRead`
 * hook hides (e.g. progress reports waiting for review) must not be findable by their words.
 */
export type QueryableBy = (req: PayloadRequest) => boolean

export type ResolvedPath =
  | { ok: true; kind: QueryKind; hop?: Hop; queryableBy?: QueryableBy[]; linkTarget?: string }
  | { ok: false; reason: 'unknownField' | 'polymorphicTraversal' | 'notQueryable' }

const isRelational = (f: FlattenedField): f is Extract<FlattenedField, { type: 'relationship' | 'upload' }> => f.type === 'relationship' || f.type === 'upload'

/** The fields one level down: groups, named tabs and arrays have their own; blocks, all of their blocks'. */
function childFields(payload: Payload, field: FlattenedField): FlattenedField[] | null {
  if (field.type === 'blocks') {
    const blocks = field.blockReferences ?? field.blocks
    const fields = blocks.flatMap((b) => (typeof b === 'string' ? (payload.config.blocks?.find((block) => block.slug === b)?.flattenedFields ?? []) : b.flattenedFields))
    return [{ name: 'blockType', type: 'text' } as FlattenedField, ...fields]
  }
  return 'flattenedFields' in field ? field.flattenedFields : null
}

/**
 * Walks a `where` or `sort` path (`a.b.c`, GraphQL's `a__b__c`, with optional locale segments)
 * through the fields of a collection and says what it ends on, and where it first crosses a
 * relationship into another collection. The guard needs both: the kind to check operators and
 * values, the hop to apply the related collection's read rules.
 */
const queryableByOf = (field: FlattenedField): QueryableBy | undefined => {
  const rule: unknown = field.custom?.queryableBy
  return typeof rule === 'function' ? (req) => Boolean(rule(req)) : undefined
}

export function resolvePath(payload: Payload, fields: FlattenedField[], incomingPath: string, showHidden = false): ResolvedPath {
  const rules: QueryableBy[] = []
  const found = (kind: QueryKind, hop?: Hop, linkTarget?: string): ResolvedPath => ({ ok: true, kind, hop, queryableBy: rules, linkTarget })
  const segments = incomingPath.replace(/__/g, '.').split('.')
  const localeCodes = payload.config.localization ? payload.config.localization.localeCodes : []
  let current: FlattenedField[] = fields
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    const last = i === segments.length - 1
    if (segment === 'id' && last && !current.some((f) => f.name === 'id')) return found('id')
    const field = current.find((f) => f.name === segment)
    if (!field) return { ok: false, reason: 'unknownField' }
    if ('hidden' in field && field.hidden && !showHidden) return { ok: false, reason: 'unknownField' }
    const rule = queryableByOf(field)
    if (rule) rules.push(rule)
    let next = i + 1
    // A localized field may be followed by a locale code (`title.de`).
    if ('localized' in field && field.localized && localeCodes.includes(segments[next] ?? '')) next += 1
    const rest = segments.slice(next).join('.')
    const prefix = segments.slice(0, next).join('.')

    if (isRelational(field)) {
      const relationTo: string | string[] = field.relationTo
      // Ending on the link itself: the linked collection matters for a nested query (`contains { … }`).
      if (!rest || rest === 'id') return Array.isArray(relationTo) ? found(rest ? 'relationship' : 'polymorphic') : found('relationship', undefined, relationTo)
      if (Array.isArray(relationTo)) {
        // Polymorphic: only the stored pair itself can be queried (`doc.relationTo`, `doc.value`).
        return rest === 'relationTo' || rest === 'value' ? found(rest === 'value' ? 'relationship' : 'text') : { ok: false, reason: 'polymorphicTraversal' }
      }
      const targetFields = collectionBySlug(payload, relationTo)?.config.flattenedFields
      if (!targetFields) return { ok: false, reason: 'unknownField' }
      const inner = resolvePath(payload, targetFields, rest)
      if (!inner.ok) return inner
      // The linked collection's own query rules apply when the guard runs the inner query.
      return found(inner.kind, { prefix, rest, target: relationTo })
    }
    if (!rest) return found(queryKindOf(field.type))
    // JSON can be queried by its inner keys; rich text and plain values have no inner paths.
    if (field.type === 'json') return /^\w+(\.\w+)*$/.test(rest) ? found('json') : { ok: false, reason: 'unknownField' }
    const children = childFields(payload, field)
    if (!children) return { ok: false, reason: field.type === 'richText' ? 'notQueryable' : 'unknownField' }
    current = children
    i = next - 1
  }
  return { ok: false, reason: 'unknownField' }
}
