/**
 * The town's documents a batch's rows name, read once for the whole batch: per collection one
 * query by the rows' external IDs and one by their natural keys (name, street or title), where
 * each row asked one to three of its own. A key that a write of the batch touched is asked of
 * the database again (inside the batch's transaction), so a row still sees what the rows before
 * it wrote.
 */
import type { PayloadRequest, Where } from 'payload'
import { idOf } from '../access/ids'
import type { ImportContext } from './context'
import { group, type Doc } from './diff'
import { candidateFor, find, lookup, type DirectoryCollection } from './store'

/** A natural key: the value the batch's query asks for, the key a stored document must have, and the query for this key alone. */
export interface Natural {
  value: string
  key: string
  where: Where
}

/** How a row names a document: by its external ID, else by its natural key (null: none stored can have it, e.g. under a new organisation). */
export interface Wanted {
  externalId?: string | undefined
  natural: Natural | null
}

/** What a row of the batch will ask for: the external ID, and the value of the natural key that the batch's query asks (the organisation is compared in memory). */
export interface Ask {
  externalId?: string | undefined
  value: string
}

const keyOf = (...parts: unknown[]) => JSON.stringify(parts.map((p) => (typeof p === 'string' ? p : null)))

export const organizationByName = (name: string): Natural => ({ value: name, key: keyOf(name), where: { name: { equals: name } } })

export const locationByAddress = (organization: string, street: string, postalCode: string): Natural => ({
  value: street,
  key: keyOf(organization, street, postalCode),
  where: { and: [{ organization: { equals: organization } }, { 'address.street': { equals: street } }, { 'address.postalCode': { equals: postalCode } }] },
})

export const serviceByTitle = (organization: string, title: string): Natural => ({
  value: title,
  key: keyOf(organization, title),
  where: { and: [{ organization: { equals: organization } }, { title: { equals: title } }] },
})

/** Per collection: the field the batch's natural-key query asks, and a stored document's key as the functions above spell it. */
const NATURAL: Record<DirectoryCollection, { field: string; keyOf: (doc: Doc) => string }> = {
  organizations: { field: 'name', keyOf: (doc) => keyOf(doc.name) },
  locations: { field: 'address.street', keyOf: (doc) => keyOf(idOf(doc.organization), group(doc, 'address').street, group(doc, 'address').postalCode) },
  services: { field: 'title', keyOf: (doc) => keyOf(idOf(doc.organization), doc.title) },
}

/** One collection's documents as the batch's queries found them, oldest first. */
class Found {
  readonly byExternalId = new Map<string, Doc[]>()
  readonly byNatural = new Map<string, Doc[]>()
  readonly askedValues = new Set<string>()
  /** Keys written by the batch: asked of the database again. */
  readonly changedExternalIds = new Set<string>()
  readonly changedNatural = new Set<string>()
}

const push = (map: Map<string, Doc[]>, key: string, doc: Doc) => {
  const list = map.get(key)
  if (list) list.push(doc)
  else map.set(key, [doc])
}

export class Lookups {
  private found: Record<DirectoryCollection, Found> = { organizations: new Found(), locations: new Found(), services: new Found() }

  constructor(private ctx: ImportContext) {}

  /** Reads what the batch's rows ask for (and forgets the batch before). */
  async prefetch(collection: DirectoryCollection, asks: Ask[]): Promise<void> {
    const found = (this.found[collection] = new Found())
    const externalIds = [...new Set(asks.flatMap((a) => (a.externalId ? [a.externalId] : [])))]
    for (const id of externalIds) found.byExternalId.set(id, [])
    if (externalIds.length) {
      for (const doc of await find(this.ctx, collection, { externalId: { in: externalIds } }, { limit: 0 })) push(found.byExternalId, String(doc.externalId), doc)
    }
    // By natural key only what the external ID did not find.
    const values = [...new Set(asks.flatMap((a) => (a.externalId && found.byExternalId.get(a.externalId)?.length ? [] : [a.value])))]
    if (values.length) {
      const { field, keyOf: key } = NATURAL[collection]
      for (const doc of await find(this.ctx, collection, { [field]: { in: values } }, { limit: 0 })) push(found.byNatural, key(doc), doc)
      for (const value of values) found.askedValues.add(value)
    }
  }

  /** The stored document as `lookup` in store.ts would find it, from what the batch read; undefined when that does not tell. */
  peek(collection: DirectoryCollection, { externalId, natural }: Wanted): Doc | null | undefined {
    const found = this.found[collection]
    if (externalId) {
      const byId = found.byExternalId.get(externalId)
      if (!byId || found.changedExternalIds.has(externalId)) return undefined
      if (byId[0]) return byId[0]
    }
    if (!natural) return null
    if (!found.askedValues.has(natural.value) || found.changedNatural.has(natural.key)) return undefined
    // As many candidates as `lookup` reads.
    return (found.byNatural.get(natural.key) ?? []).slice(0, 5).find(candidateFor(externalId)) ?? null
  }

  async lookup(collection: DirectoryCollection, wanted: Wanted, req?: Partial<PayloadRequest>): Promise<Doc | null> {
    const known = this.peek(collection, wanted)
    return known !== undefined ? known : lookup(this.ctx, collection, wanted.externalId, wanted.natural?.where ?? null, req)
  }

  /** After a save: the document's keys before and after it are asked of the database from now on. */
  wrote(collection: DirectoryCollection, before: Doc | null, data: Doc): void {
    const found = this.found[collection]
    for (const doc of before ? [before, { ...before, ...data }] : [data]) {
      if (typeof doc.externalId === 'string') found.changedExternalIds.add(doc.externalId)
      found.changedNatural.add(NATURAL[collection].keyOf(doc))
    }
  }
}
