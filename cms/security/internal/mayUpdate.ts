import { executeAccess, type PayloadRequest, type Where } from 'payload'
import { isRecord } from '@cms/isRecord'
import { collectionBySlug } from '../collectionBySlug'

/** A document a lock or job refers to. */
export interface DocRef {
  relationTo: string
  value: string | number
}

/**
 * Whether the request's user may change this document: the collection's update rule (town
 * isolation included) evaluated for it. Locks and jobs are visible exactly where this holds,
 * so nobody learns about, or blocks, documents of another town or another organisation.
 */
export async function mayUpdate(req: PayloadRequest, ref: DocRef): Promise<boolean> {
  const collection = collectionBySlug(req.payload, ref.relationTo)
  if (!collection) return false
  const access = await executeAccess({ req, id: ref.value, disableErrors: true }, collection.config.access.update)
  if (access === false) return false
  const where: Where = access === true ? { id: { equals: ref.value } } : { and: [{ id: { equals: ref.value } }, access] }
  const { totalDocs } = await req.payload.count({ collection: collection.config.slug, where, overrideAccess: true, req })
  return totalDocs > 0
}

/** A polymorphic relationship value as stored (`{ relationTo, value }`), its value an ID or a populated document. */
export function refOf(value: unknown): DocRef | null {
  if (!isRecord(value)) return null
  const { relationTo, value: inner } = value
  if (typeof relationTo !== 'string') return null
  if (typeof inner === 'string' || typeof inner === 'number') return { relationTo, value: inner }
  const id = isRecord(inner) ? inner.id : undefined
  return typeof id === 'string' || typeof id === 'number' ? { relationTo, value: id } : null
}
