import SearchableMap from 'minisearch/SearchableMap'
import { Bitset } from './bitset'
import { reversed } from './searchCompounds'
import { type Alternative, type QueryUnit, WEIGHT } from './searchQuery'
import { stemsOf } from './searchStemmers'
import { foldWord, isLatinWord, languagesByScript, wordsOf } from './searchWords'

/**
 * The portal's one search engine (the directory and the site search). Each word of a text is
 * kept folded ("aerzte"), as its stems in the text's language (`~arzt`), and, when long and
 * Latin, backwards (`<etzreadnik`: a prefix search over those finds words by their ending, so
 * "Kurs" finds "Integrationskurs"). The terms live in MiniSearch's radix tree
 * (`SearchableMap`: exact, prefix and typo-tolerant look-ups); per term, the documents that
 * have it and how much (title 3, summary 2, the rest 1, summed over the fields it is in).
 * MiniSearch's own search builds an object per match with every matched term: at 100,000
 * services a common word took 100–400 ms there; summing plain arrays takes a few.
 *
 * A query arrives as units of weighted alternatives (searchQuery.ts): exact above stemmed
 * above a compound's head and a word's ending; typos and the word being typed weigh less, and
 * rare words more than common ones.
 */

/** Texts by language (a localized field read in all languages). */
export type TextsByLocale = Readonly<Partial<Record<string, string | null | undefined>>>

export interface SearchDocument {
  id: number
  title: TextsByLocale
  summary: TextsByLocale
  /** Texts in no one language (descriptions of all languages together, names): stemmed by their script. */
  body: string
}

export const FIELD_BOOST = { title: 3, summary: 2, body: 1 } as const
/** A term found through a typo, or as the start of a longer one (the word being typed, an ending), weighs this much of an exact one. */
const FUZZY_WEIGHT = 0.45
const PREFIX_WEIGHT = 0.375
/** At most this many terms a prefix stands for (a short prefix would stand for thousands). */
const MAX_EXPANSIONS = 200
/** A service with texts in the reader's language is ranked before an equal one without. */
const READER_LANGUAGE_BOOST = 1.25
/** Words at least this long are also kept backwards (compounds, for the ending search). */
const ENDING_FROM = 7

/** Scores by document ID. */
export type Scores = Map<number, number>

/** One term's documents and their weights, in two plain arrays (growable; small integers stay compact). */
interface Postings {
  docs: number[]
  weights: number[]
}

export class SearchEngine {
  /** Token → its postings. */
  readonly #terms = new SearchableMap<Postings>()
  /** Per document, the postings it is in (to take it out again). */
  readonly #ofDocument = new Map<number, Postings[]>()
  /** The folded Latin words of all texts (compounds are split against them); never shrinks, which costs only a useless alternative. */
  readonly #vocabulary = new Set<string>()
  /** Per language, the documents with a title in it. */
  readonly #byLocale = new Map<string, Bitset>()

  get size(): number {
    return this.#ofDocument.size
  }

  readonly isKnown = (word: string): boolean => this.#vocabulary.has(word)

  put(doc: SearchDocument): void {
    this.remove(doc.id)
    const weights = new Map<string, number>()
    const add = (tokens: Set<string>, boost: number) => {
      for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) + boost)
    }
    add(this.#localized(doc.title), FIELD_BOOST.title)
    add(this.#localized(doc.summary), FIELD_BOOST.summary)
    add(this.#tokens(doc.body, languagesByScript, new Set()), FIELD_BOOST.body)
    const postings: Postings[] = []
    for (const [token, weight] of weights) {
      let list = this.#terms.get(token)
      if (!list) this.#terms.set(token, (list = { docs: [], weights: [] }))
      list.docs.push(doc.id)
      list.weights.push(weight)
      postings.push(list)
    }
    this.#ofDocument.set(doc.id, postings)
    for (const [locale, text] of Object.entries(doc.title)) {
      if (!text) continue
      let set = this.#byLocale.get(locale)
      if (!set) this.#byLocale.set(locale, (set = new Bitset()))
      set.add(doc.id)
    }
  }

  remove(id: number): void {
    const postings = this.#ofDocument.get(id)
    if (!postings) return
    for (const list of postings) {
      const at = list.docs.lastIndexOf(id)
      if (at < 0) continue
      list.docs.splice(at, 1)
      list.weights.splice(at, 1)
    }
    this.#ofDocument.delete(id)
    for (const set of this.#byLocale.values()) set.delete(id)
  }

  /** Documents matching every unit, with their summed scores. */
  search(units: readonly QueryUnit[], readerLocale?: string): Scores {
    return allOf(units.map((unit) => this.unitScores(unit, readerLocale)))
  }

  /** Documents matching one unit: its own words (all of them), or one of its synonyms (weighted below). */
  unitScores(unit: QueryUnit, readerLocale?: string): Scores {
    const scores = allOf(unit.words.map((word) => this.wordScores(word, readerLocale)))
    for (const synonym of unit.synonyms) {
      if (!synonym.length) continue
      addInto(scores, allOf(synonym.map((word) => this.wordScores(word, readerLocale))), WEIGHT.synonym)
    }
    return scores
  }

  /** Documents matching any alternative of one word. */
  wordScores(alternatives: readonly Alternative[], readerLocale?: string): Scores {
    // Each term once, at the best weight any alternative gives it.
    const factors = new Map<Postings, number>()
    const consider = (list: Postings | undefined, factor: number) => {
      if (list && list.docs.length && factor > (factors.get(list) ?? 0)) factors.set(list, factor)
    }
    for (const a of alternatives) {
      const length = a.token.length
      consider(this.#terms.get(a.token), a.weight)
      if (a.fuzzy) {
        for (const [term, [list, distance]] of this.#terms.fuzzyGet(a.token, a.fuzzy)) {
          if (term !== a.token) consider(list, a.weight * FUZZY_WEIGHT * (length / (length + distance)))
        }
      }
      if (a.prefix) {
        let expansions = 0
        for (const [term, list] of this.#terms.atPrefix(a.token)) {
          if (term !== a.token) consider(list, a.weight * PREFIX_WEIGHT * (length / (length + 0.3 * (term.length - length))))
          if (++expansions >= MAX_EXPANSIONS) break
        }
      }
    }
    // A document counts a word once, by its best match (an exact match is not outdone by the same
    // word's stem and prefix together); rare words weigh more than common ones (inverse document frequency).
    const scores: Scores = new Map()
    for (const [{ docs, weights }, factor] of factors) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number
        const score = factor * (weights[i] as number)
        if (score > (scores.get(doc) ?? 0)) scores.set(doc, score)
      }
    }
    const rarity = Math.log(1 + Math.max(1, this.#ofDocument.size) / Math.max(1, scores.size))
    for (const [doc, score] of scores) scores.set(doc, score * rarity)
    const inReaderLanguage = readerLocale ? this.#byLocale.get(readerLocale) : undefined
    if (inReaderLanguage) for (const [doc, score] of scores) if (inReaderLanguage.has(doc)) scores.set(doc, score * READER_LANGUAGE_BOOST)
    return scores
  }

  #localized(texts: TextsByLocale): Set<string> {
    const tokens = new Set<string>()
    for (const [locale, text] of Object.entries(texts)) if (text) this.#tokens(text, () => [locale], tokens)
    return tokens
  }

  #tokens(text: string, languages: (word: string) => readonly string[], into: Set<string>): Set<string> {
    for (const word of wordsOf(text)) {
      const folded = foldWord(word)
      if (!folded) continue
      into.add(folded)
      for (const stem of stemsOf(word, languages(folded))) into.add(`~${stem}`)
      if (isLatinWord(folded)) {
        this.#vocabulary.add(folded)
        if (folded.length >= ENDING_FROM) into.add(`<${reversed(folded)}`)
      }
    }
    return into
  }
}

/** Documents in every one of the score maps, with the sum of their scores (an AND). */
export function allOf(maps: readonly Scores[]): Scores {
  if (!maps.length) return new Map()
  // One map is its own intersection (callers hand over fresh maps): no copy of thousands of entries.
  if (maps.length === 1) return maps[0] as Scores
  const [smallest, ...rest] = [...maps].sort((a, b) => a.size - b.size)
  const found: Scores = new Map()
  for (const [id, score] of smallest as Scores) {
    let sum = score
    for (const other of rest) {
      const s = other.get(id)
      if (s === undefined) {
        sum = -1
        break
      }
      sum += s
    }
    if (sum >= 0) found.set(id, sum)
  }
  return found
}

/** Adds `more` (times `weight`) into `scores` (an OR). */
export function addInto(scores: Scores, more: Scores, weight = 1): void {
  for (const [id, score] of more) scores.set(id, (scores.get(id) ?? 0) + score * weight)
}

/** The IDs by score, highest first; equal scores in `tieOrder` (lower first). */
export function ranked(scores: Scores, tieOrder: (id: number) => number): number[] {
  return [...scores].sort((a, b) => b[1] - a[1] || tieOrder(a[0]) - tieOrder(b[0])).map(([id]) => id)
}
