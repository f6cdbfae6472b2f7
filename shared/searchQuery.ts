import { normalizeForSearch } from './search'
import { MIN_PART, reversed, splitCompound } from './searchCompounds'
import { stemsOf } from './searchStemmers'
import type { SynonymList } from './searchSynonyms'
import { foldWord, isLatinWord, languagesByScript, queryWordsOf } from './searchWords'

/**
 * A query as the engine runs it. Each unit (a word, or a phrase that is a synonym's term)
 * must match; within a unit, any of its alternatives may, each with its weight:
 * exact above stemmed above a compound's head and a word's ending; typos (fuzzy) and the word
 * being typed (prefix) are weighted by the engine below exact.
 */
export interface Alternative {
  /** An index token: a folded word, `~stem`, or `<` + a word backwards (ending search). */
  token: string
  weight: number
  /** Edits allowed (typos). */
  fuzzy?: number
  prefix?: boolean
}

export interface QueryUnit {
  /** What was typed (folded), for display and the zero-result store. */
  text: string
  /** Per word of the unit, its alternatives: all words must match. */
  words: Alternative[][]
  /** Per synonym, its words' alternatives (all must match), weighted below the unit's own words. */
  synonyms: Alternative[][][]
}

export const WEIGHT = { exact: 1, stem: 0.6, synonym: 0.5, head: 0.4, ending: 0.3 } as const

/**
 * Typos in the texts: one edit from five letters on (shorter words are too near each other:
 * "org-b" is not "org-a"), two from seven (a swap of two letters is two). Synonym terms
 * forgive one typo from four letters (searchSynonyms.ts): "Artz" is "Arzt".
 */
function editsAllowed(word: string): number | undefined {
  const length = [...word].length
  return length >= 7 ? 2 : length >= 5 ? 1 : undefined
}
/** At most this many query words, and synonyms per unit. */
const MAX_WORDS = 8
const MAX_SYNONYMS = 12

export interface QueryContext {
  /** The reader's language first, then German and English (the texts newcomers see besides their own). */
  locales: readonly string[]
  synonyms?: SynonymList
  /** Whether the index has this folded word (for splitting compounds). */
  isKnown?: (word: string) => boolean
}

/** The alternatives of one query word (as `wordsOf` gives it). `light`: a synonym's word (no typos, no splitting). */
export function wordAlternatives(word: string, ctx: QueryContext, { last = false, light = false } = {}): Alternative[] {
  const folded = foldWord(word)
  const alternatives = new Map<string, Alternative>()
  const add = (alternative: Alternative) => {
    const known = alternatives.get(alternative.token)
    if (!known || known.weight < alternative.weight) alternatives.set(alternative.token, alternative)
  }
  add({ token: folded, weight: WEIGHT.exact, fuzzy: light ? undefined : editsAllowed(folded), prefix: last && !light && folded.length >= 3 })
  // The index keeps a stem apart only where it differs from the word; a query word may be a stem itself.
  for (const stem of new Set([folded, ...stemsOf(word, [...ctx.locales, ...languagesByScript(folded)])])) {
    if (stem !== folded) add({ token: stem, weight: WEIGHT.stem })
    add({ token: `~${stem}`, weight: WEIGHT.stem })
  }
  if (isLatinWord(folded) && folded.length >= MIN_PART) {
    // "Kurs" finds "Integrationskurs".
    add({ token: `<${reversed(folded)}`, weight: WEIGHT.ending, prefix: true })
    const compound = light || !ctx.isKnown ? null : splitCompound(folded, ctx.isKnown)
    if (compound) {
      // "Sprachkurs" finds courses ("Kurs", "Integrationskurs"), "Kinderarzt" doctors.
      add({ token: compound.head, weight: WEIGHT.head })
      add({ token: `<${reversed(compound.head)}`, weight: WEIGHT.head * WEIGHT.ending, prefix: true })
    }
  }
  return [...alternatives.values()]
}

/**
 * A query's units: words, or the longest phrases of them that are a synonym's term ("health
 * insurance" → "Krankenversicherung"). At most 8 words.
 */
export function parseQuery(query: string | null | undefined, ctx: QueryContext): QueryUnit[] {
  const words = queryWordsOf((query ?? '').slice(0, 200)).slice(0, MAX_WORDS)
  const units: QueryUnit[] = []
  const longest = ctx.synonyms?.longestTerm ?? 1
  for (let i = 0; i < words.length; ) {
    let length = Math.min(longest, words.length - i)
    let synonyms: string[] = []
    for (; length > 1; length--) {
      synonyms = ctx.synonyms?.ofPhrase(normalizeForSearch(words.slice(i, i + length).join(' '))) ?? []
      if (synonyms.length) break
    }
    const own = words.slice(i, i + length)
    if (length === 1) synonyms = ctx.synonyms?.ofWord(own[0] as string, ctx.locales) ?? []
    const last = i + length === words.length
    units.push({
      text: normalizeForSearch(own.join(' ')),
      words: own.map((w, k) => wordAlternatives(w, ctx, { last: last && k === own.length - 1 })),
      synonyms: synonyms.slice(0, MAX_SYNONYMS).map((s) => queryWordsOf(s).map((w) => wordAlternatives(w, ctx, { light: true }))),
    })
    i += length
  }
  return units.filter((unit) => unit.words.length)
}
