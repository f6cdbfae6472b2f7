import type { Payload } from 'payload'
import type { DirectoryCollection } from '../import/store'

export interface PendingDocument {
  collection: DirectoryCollection
  id: string
}

/**
 * Whether new documents can be created under an ID the import chooses. Then a run notes the ID
 * in its journal before the save, and a restart after a kill can find (and take back) a
 * document whose save was cut off halfway: on SQLite a save is several statements (the row,
 * its languages and relations, its version) that commit one by one. Without (MongoDB) the
 * spreadsheet import writes each batch in a transaction instead.
 */
export const choosesIds = (payload: Payload): boolean => Boolean(payload.db.allowIDOnCreate)

/**
 * Deletes what a killed run created but did not finish: each document with its versions (some
 * may exist without the document, when a delete was itself cut off) and, through the
 * collections' delete hooks, its translation states, directory index entry and cached pages.
 * Deleting what is not there does nothing, so this may run again after a kill of its own.
 */
export async function takeBack(payload: Payload, pending: readonly PendingDocument[]): Promise<number> {
  let removed = 0
  // Services refer to places and organisations: they go first.
  for (const collection of ['services', 'locations', 'organizations'] as const) {
    const ids = [...new Set(pending.filter((p) => p.collection === collection).map((p) => p.id))]
    if (!ids.length) continue
    const { docs } = await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true, depth: 0 })
    removed += docs.length
    await payload.db.deleteVersions({ collection, where: { parent: { in: ids } } })
    // A document cut off before its translation states were written has none to find by its
    // delete hook; one cut off between the states and the document's delete left them alone.
    await payload.delete({ collection: 'translation-states', where: { or: ids.map((id) => ({ key: { like: `${collection}:${id}:` } })) }, overrideAccess: true, depth: 0 })
  }
  return removed
}
