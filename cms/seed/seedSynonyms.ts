import type { Payload } from 'payload'
import { demoSynonymEntries } from './demoSynonyms'

/** The demo town's search synonyms: one document per language and term (demoSynonyms.ts). */
export async function seedSynonyms(payload: Payload, townID: string): Promise<number> {
  const entries = demoSynonymEntries()
  for (const entry of entries) {
    await payload.create({ collection: 'search-synonyms', data: { municipality: townID, locale: entry.locale, term: entry.term, synonyms: entry.synonyms }, overrideAccess: true })
  }
  return entries.length
}
