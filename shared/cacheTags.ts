/**
 * The names of what a cached portal answer depends on. A page is tagged with the town it
 * belongs to and, per collection it shows, that collection in that town and the collection as
 * a whole; a write invalidates the collection in the towns of the document (before and after
 * the write), or the whole collection when its documents belong to no town. The town chooser
 * and addresses of unknown towns depend on the list of towns.
 */

/** Everything of one town (its own document: name, colour, languages, imprint). */
export const townTag = (townID: string): string => `town:${townID}`

/** One collection's documents in one town. */
export const townCollectionTag = (townID: string, collection: string): string => `town:${townID}:${collection}`

/** One collection's documents wherever they belong (collections without a town, e.g. users). */
export const collectionTag = (collection: string): string => `all:${collection}`

/** The list of towns: the town chooser and the 404 answers for unknown towns. */
export const TOWNS_TAG = 'towns'

/** The tags of a page of a town that shows the given collections. */
export function pageTags(townID: string, collections: Iterable<string>): string[] {
  const tags = new Set([townTag(townID)])
  for (const collection of collections) {
    tags.add(townCollectionTag(townID, collection))
    tags.add(collectionTag(collection))
  }
  return [...tags]
}

/**
 * What a write to one document invalidates. `towns` are the IDs of the towns the document
 * belonged to before and after the write (none for a collection without towns);
 * `townsCollection` is the slug of the towns' own collection.
 */
export function writeTags(collection: string, towns: readonly string[], townsCollection: string, documentID?: string): string[] {
  if (collection === townsCollection) return [TOWNS_TAG, ...(documentID ? [townTag(documentID)] : [])]
  if (towns.length === 0) return [collectionTag(collection)]
  return [...new Set(towns.map((town) => townCollectionTag(town, collection)))]
}

/** Whether a write's tag (writeTags) concerns one of these collections, in any town or without one. */
export function tagConcerns(tag: string, collections: readonly string[]): boolean {
  return collections.some((collection) => tag === collectionTag(collection) || (tag.startsWith('town:') && tag.endsWith(`:${collection}`) && tag.split(':').length === 3))
}
