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

/**
 * How many scores a town keeps for recent queries: a common word scores a quarter of the town's
 * services, so the bound is on scores, not queries (about 20 MB at most).
 */
const RECENT_SCORES = 250_000

interface Remembered {
  version: number
  /** By query and reader's language, the least recently used first. */
  scores: Map<string, ReadonlyMap<number, number>>
  /** The scores held, all queries together. */
  size: number
}

/** Per town index and taxonomy (a new taxonomy after a change to the topics starts afresh). */
const remembered = new WeakMap<TownIndex, WeakMap<Taxonomy, Remembered>>()

/**
 * `scoreServices`, remembered for the town's recent queries until a service changes: readers
 * search the same few words again and again ("Deutschkurs", "Beratung"), and a common word
 * scores thousands of services, most of an uncached answer's own work. Read-only: the scores are shared.
 */
export function recentScores(index: TownIndex, taxonomy: Taxonomy, units: readonly QueryUnit[], locale: string | undefined, budget = RECENT_SCORES): ReadonlyMap<number, number> {
  let byTaxonomy = remembered.get(index)
  if (!byTaxonomy) remembered.set(index, (byTaxonomy = new WeakMap()))
  let memo = byTaxonomy.get(taxonomy)
  if (!memo || memo.version !== index.servicesVersion) byTaxonomy.set(taxonomy, (memo = { version: index.servicesVersion, scores: new Map(), size: 0 }))
  const key = `${locale ?? ''}\u0000${JSON.stringify(units)}`
  const known = memo.scores.get(key)
  if (known) {
    // Now the most recently used.
    memo.scores.delete(key)
    memo.scores.set(key, known)
    return known
  }
  const scores = scoreServices(index, taxonomy, units, locale)
  if (scores.size > budget) return scores
  for (const [oldest, dropped] of memo.scores) {
    if (memo.size + scores.size <= budget) break
    memo.scores.delete(oldest)
    memo.size -= dropped.size
  }
  memo.scores.set(key, scores)
  memo.size += scores.size
  return scores
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
