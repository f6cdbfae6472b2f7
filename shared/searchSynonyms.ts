import { normalizeForSearch } from './search'
import { stemOf } from './searchStemmers'
import { queryWordsOf } from './searchWords'

/**
 * A town's synonyms in some languages: a term ("Arzt") and what else finds what it means
 * ("Hausarzt", "Praxis", "Gesundheit"). A term matches a query word when it is the word, the
 * word's stem, or (terms of four letters or more) the word with one typo.
 */
export interface SynonymEntry {
  locale: string
  term: string
  synonyms: readonly string[]
}

/** Shortest term that is also matched with one typo (a swap of two letters counts as one). */
const FUZZY_FROM = 4

export class SynonymList {
  /** Folded term (one word or a phrase) → synonyms. */
  readonly #byTerm = new Map<string, Set<string>>()
  /** Stem of a one-word term, per its language → the folded terms. */
  readonly #byStem = new Map<string, Set<string>>()
  /** The longest term, in words: the query is read in phrases up to this length. */
  readonly longestTerm: number

  constructor(entries: readonly SynonymEntry[]) {
    let longest = 1
    for (const entry of entries) {
      const words = queryWordsOf(entry.term)
      const term = normalizeForSearch(words.join(' '))
      if (!term || !words.length) continue
      const known = this.#byTerm.get(term) ?? new Set<string>()
      for (const synonym of entry.synonyms) if (synonym.trim() && normalizeForSearch(synonym) !== term) known.add(synonym.trim())
      this.#byTerm.set(term, known)
      longest = Math.max(longest, term.split(' ').length)
      if (words.length === 1) addTo(this.#byStem, stemOf(words[0] as string, entry.locale), term)
    }
    this.longestTerm = longest
  }

  get size(): number {
    return this.#byTerm.size
  }

  /** The synonyms of a phrase (folded words joined by a space). */
  ofPhrase(phrase: string): string[] {
    return [...(this.#byTerm.get(phrase) ?? [])]
  }

  /**
   * The synonyms of one query word (as `wordsOf` gives it), by the word itself, its stems in the
   * given languages, or one typo.
   */
  ofWord(word: string, locales: readonly string[]): string[] {
    const folded = normalizeForSearch(word)
    const terms = new Set<string>()
    if (this.#byTerm.has(folded)) terms.add(folded)
    for (const locale of locales) for (const term of this.#byStem.get(stemOf(word, locale)) ?? []) terms.add(term)
    if (!terms.size && folded.length >= FUZZY_FROM) {
      for (const term of this.#byTerm.keys()) if (term.length >= FUZZY_FROM && withinOneEdit(folded, term)) terms.add(term)
    }
    return [...new Set([...terms].flatMap((term) => this.ofPhrase(term)))]
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>()
  map.set(key, set.add(value))
}

/** True when `a` becomes `b` by at most one letter inserted, deleted, replaced, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
