import type { Payload } from 'payload'
import { SynonymList, type SynonymEntry } from '@shared/searchSynonyms'
import { TownCache } from './townCache'

/** The collection of the towns' synonym lists (cms/collections/SearchSynonyms). */
export const SYNONYMS_COLLECTION = 'search-synonyms'

/** A town's synonyms, and the lists made of them per set of languages. */
class TownSynonyms {
  readonly #entries: readonly SynonymEntry[]
  readonly #lists = new Map<string, SynonymList>()

  constructor(entries: readonly SynonymEntry[]) {
    this.#entries = entries
  }

  /** The synonyms of the given languages (all when none is given). */
  listFor(locales: readonly string[] | null): SynonymList {
    const key = locales ? locales.join(',') : '*'
    let list = this.#lists.get(key)
    if (!list) this.#lists.set(key, (list = new SynonymList(locales ? this.#entries.filter((e) => locales.includes(e.locale)) : this.#entries)))
    return list
  }
}

async function read(payload: Payload, townID: string): Promise<TownSynonyms> {
  const { docs } = await payload.find({
    collection: SYNONYMS_COLLECTION,
    where: { municipality: { equals: townID } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { locale: true, term: true, synonyms: true },
  })
  return new TownSynonyms(docs.map((doc) => ({ locale: doc.locale, term: doc.term, synonyms: doc.synonyms ?? [] })))
}

declare global {
  var __integrationPortalSearchSynonyms: TownCache<TownSynonyms> | undefined
}
// A change applies on the next search: the list is read again after the bus tells of a write.
const cache = (globalThis.__integrationPortalSearchSynonyms ??= new TownCache([SYNONYMS_COLLECTION], read))

/** The town's synonyms in the given languages (all of them when the reader's language is not known). */
export async function townSynonyms(payload: Payload, townID: string, locales: readonly string[] | null): Promise<SynonymList> {
  return (await cache.get(payload, townID)).listFor(locales)
}
