import MiniSearch from 'minisearch'
import { Bitset } from './bitset'
import { reversed } from './searchCompounds'
import { type Alternative, type QueryUnit, WEIGHT } from './searchQuery'
import { stemsOf } from './searchStemmers'
import { foldWord, isLatinWord, languagesByScript, wordsOf } from './searchWords'

/**
 * The portal's one search engine (the directory and the site search): MiniSearch over
 * prepared tokens. Each word of a text is kept folded ("aerzte"), as its stems in the text's
 * language (`~arzt`), and, when long and Latin, backwards (`<etzreadnik`: a prefix search over
 * those finds words by their ending, so "Kurs" finds "Integrationskurs"). A query arrives as
 * units of weighted alternatives (searchQuery.ts); fields weigh title above summary above the
 * rest.
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
const FIELDS = Object.keys(FIELD_BOOST)
/** A service with texts in the reader's language is ranked before an equal one without. */
const READER_LANGUAGE_BOOST = 1.25
/** Words at least this long are also kept backwards (compounds, for the ending search). */
const ENDING_FROM = 7

type Prepared = { id: number } & Record<keyof typeof FIELD_BOOST, string>

const splitTokens = (text: string): string[] => text.split(' ')
const asIs = (term: string): string => term

/** Scores by document ID. */
export type Scores = Map<number, number>

export class SearchEngine {
  readonly #index = new MiniSearch<Prepared>({
    fields: FIELDS,
    tokenize: splitTokens,
    processTerm: asIs,
    searchOptions: { tokenize: splitTokens, processTerm: asIs },
  })
  /** The folded Latin words of all texts (compounds are split against them); never shrinks, which costs only a useless alternative. */
  readonly #vocabulary = new Set<string>()
  /** Per language, the documents with a title in it. */
  readonly #byLocale = new Map<string, Bitset>()

  get size(): number {
    return this.#index.documentCount
  }

  readonly isKnown = (word: string): boolean => this.#vocabulary.has(word)

  put(doc: SearchDocument): void {
    this.remove(doc.id)
    const title = this.#localized(doc.title)
    const summary = this.#localized(doc.summary)
    const body = this.#tokens(doc.body, languagesByScript)
    this.#index.add({ id: doc.id, title, summary, body })
    for (const [locale, text] of Object.entries(doc.title)) {
      if (!text) continue
      let set = this.#byLocale.get(locale)
      if (!set) this.#byLocale.set(locale, (set = new Bitset()))
      set.add(doc.id)
    }
  }

  remove(id: number): void {
    if (!this.#index.has(id)) return
    this.#index.discard(id)
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
    const byToken = new Map(alternatives.map((a) => [a.token, a]))
    const inReaderLanguage = readerLocale ? this.#byLocale.get(readerLocale) : undefined
    const results = this.#index.search(alternatives.map((a) => a.token).join(' '), {
      combineWith: 'OR',
      boost: FIELD_BOOST,
      boostTerm: (term) => byToken.get(term)?.weight ?? 1,
      fuzzy: (term) => byToken.get(term)?.fuzzy ?? false,
      prefix: (term) => byToken.get(term)?.prefix ?? false,
      boostDocument: inReaderLanguage ? (id: number) => (inReaderLanguage.has(id) ? READER_LANGUAGE_BOOST : 1) : undefined,
    })
    const scores: Scores = new Map()
    for (const result of results) scores.set(Number(result.id), result.score)
    return scores
  }

  #localized(texts: TextsByLocale): string {
    const tokens: string[] = []
    for (const [locale, text] of Object.entries(texts)) if (text) tokens.push(this.#tokens(text, () => [locale]))
    return tokens.join(' ')
  }

  #tokens(text: string, languages: (word: string) => readonly string[]): string {
    const tokens: string[] = []
    for (const word of wordsOf(text)) {
      const folded = foldWord(word)
      if (!folded) continue
      tokens.push(folded)
      for (const stem of stemsOf(word, languages(folded))) tokens.push(`~${stem}`)
      if (isLatinWord(folded)) {
        this.#vocabulary.add(folded)
        if (folded.length >= ENDING_FROM) tokens.push(`<${reversed(folded)}`)
      }
    }
    return tokens.join(' ')
  }
}

/** Documents in every one of the score maps, with the sum of their scores (an AND). */
export function allOf(maps: readonly Scores[]): Scores {
  if (!maps.length) return new Map()
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
