import type { Payload } from 'payload'
import { allOf, type Scores } from '@shared/searchEngine'
import { parseQuery, type QueryUnit } from '@shared/searchQuery'
import { townSynonyms } from './synonyms'
import { type Taxonomy, topicWithSubTopics } from './taxonomy'
import type { TownIndex } from './townIndex'

/**
 * The words of a directory search: what they mean (stems, compounds, the town's synonyms)
 * and the services they find, scored. A service matches a word by its own texts or by the
 * name of one of its topics (or of a topic above it), in any language.
 */

/** What a topic's name matching a word adds to its services (about a match in a summary). */
const TOPIC_SCORE = 4

/** The languages a query is read in: the reader's first, then German and English (what newcomers also see). */
export function queryLocales(locale: string | undefined): string[] {
  return [...new Set([...(locale ? [locale] : []), 'de', 'en'])]
}

/** The query's units, with the town's synonyms in the query's languages (all languages when the reader's is not known). */
export async function queryUnits(payload: Payload, townID: string, q: string, locale: string | undefined, isKnown: (word: string) => boolean): Promise<QueryUnit[]> {
  const locales = queryLocales(locale)
  const synonyms = await townSynonyms(payload, townID, locale ? locales : null)
  return parseQuery(q, { locales, synonyms, isKnown })
}

/** The services matching every unit, with their scores. */
export function scoreServices(index: TownIndex, taxonomy: Taxonomy, units: readonly QueryUnit[], locale: string | undefined): Scores {
  return allOf(
    units.map((unit) => {
      const scores = index.words.unitScores(unit, locale)
      for (const topic of taxonomy.topicWords.unitScores(unit, locale).keys()) {
        const id = taxonomy.topicIDs[topic]
        if (!id) continue
        for (const each of topicWithSubTopics(taxonomy, id)) {
          const set = index.withTopic(each)
          if (!set) continue
          for (let slot = 0; slot < index.slotCount; slot++) if (set.has(slot)) scores.set(slot, (scores.get(slot) ?? 0) + TOPIC_SCORE)
        }
      }
      return scores
    }),
  )
}

/** Whether a word is in the texts of the town's services or its topic names (compounds are split against these). */
export function knownIn(index: TownIndex, taxonomy: Taxonomy): (word: string) => boolean {
  return (word) => index.words.isKnown(word) || taxonomy.topicWords.isKnown(word)
}
