import { hsdsId } from '@shared/hsdsIds'
import { isUuid } from '@shared/uuid'
import type { ImportContext } from '@cms/import/context'
import type { Doc } from '@cms/import/diff'
import { lookup, type DirectoryCollection } from '@cms/import/store'

/** HSDS id → stored id, for each collection of the town. */
export type TownIndex = Record<DirectoryCollection, Map<string, string>>

/**
 * Which of the town's documents each HSDS id names: the document whose own HSDS id it is
 * (what our export and API call it: the stored UUID, or on MongoDB the UUID derived from
 * the ObjectId, shared/hsdsIds.ts), or the one that keeps it as its external ID (imported
 * before under a new id). Read once, ids only, drafts included: matching is the same on both
 * adapters, and a town's own export imported into it again matches every document.
 */
export async function townIndex(ctx: ImportContext): Promise<TownIndex> {
  const read = async (collection: DirectoryCollection) => {
    const { docs } = await ctx.payload.find({
      collection,
      where: { municipality: { equals: ctx.townID } },
      depth: 0,
      pagination: false,
      select: { externalId: true },
      ...ctx.access,
    })
    const index = new Map<string, string>()
    for (const d of docs) if (isUuid(d.externalId)) index.set(d.externalId.toLowerCase(), String(d.id))
    for (const d of docs) index.set(hsdsId(collection, String(d.id)), String(d.id))
    return index
  }
  const [organizations, locations, services] = await Promise.all([read('organizations'), read('locations'), read('services')])
  return { organizations, locations, services }
}

/** The stored document (newest version, in the import's language) an HSDS id names, if any. */
export async function storedDoc(ctx: ImportContext, index: TownIndex, collection: DirectoryCollection, id: string): Promise<Doc | null> {
  const stored = index[collection].get(id)
  return stored ? lookup(ctx, collection, undefined, { id: { equals: stored } }) : null
}

/**
 * The HSDS ids a new document may keep as its stored id: only where the adapter stores UUIDs
 * and accepts a given one (SQLite, cms/database.ts), and only ids no document of any town has.
 */
export async function freeIds(ctx: ImportContext, collection: DirectoryCollection, ids: string[]): Promise<Set<string>> {
  const db = ctx.payload.db
  if (!ids.length || db.name === 'mongoose' || db.defaultIDType !== 'text' || !db.allowIDOnCreate) return new Set()
  const { docs } = await ctx.payload.find({ collection, where: { id: { in: ids } }, depth: 0, pagination: false, select: {}, overrideAccess: true })
  const taken = new Set(docs.map((d) => String(d.id)))
  return new Set(ids.filter((id) => !taken.has(id)))
}
