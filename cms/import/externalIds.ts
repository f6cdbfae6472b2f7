import type { PayloadRequest } from 'payload'
import type { ExternalIdOwners } from './externalIdField'
import type { ImportContext } from './context'
import type { DirectoryCollection } from './store'

/**
 * Which of the town's entries carry the external IDs of a batch's rows, read once per batch and
 * collection: the collections' uniqueness check (externalIdField.ts) takes them from here instead
 * of counting for every save. Kept in step with the batch's own saves.
 */
export class TownExternalIds {
  readonly owners: ExternalIdOwners = new Map()

  constructor(private ctx: ImportContext) {}

  /** As the check counts: the stored documents (not their drafts) of the town. */
  async read(collection: DirectoryCollection, externalIds: string[], req?: Partial<PayloadRequest>): Promise<void> {
    const owners = new Map<string, Set<string>>(externalIds.map((id) => [id, new Set()]))
    this.owners.set(collection, owners)
    if (!externalIds.length) return
    const { docs } = await this.ctx.payload.find({
      collection,
      where: { and: [{ municipality: { equals: this.ctx.townID } }, { externalId: { in: externalIds } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { externalId: true },
      ...(req ? { req } : {}),
    })
    for (const doc of docs) owners.get(String(doc.externalId))?.add(String(doc.id))
  }

  /**
   * After a save that gave the document `externalId`: a new document, or a published one (a
   * draft of a stored document leaves the stored document as it was).
   */
  wrote(collection: DirectoryCollection, id: string, externalId: string): void {
    const owners = this.owners.get(collection)
    if (!owners) return
    for (const [key, ids] of owners) if (key !== externalId) ids.delete(id)
    owners.get(externalId)?.add(id)
  }

  /** After a rollback: nothing is known any more. */
  forget(): void {
    this.owners.clear()
  }
}
