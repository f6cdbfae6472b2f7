import { lowerForSearch, normalizeForSearch } from './search'

/**
 * The words of a text, for the search engine: lowercase (umlauts and accents still there, for
 * the stemmers; `foldWord` takes them off), split at everything but letters, marks and digits.
 * A hyphenated word gives its parts and the parts joined ("Kita-Platz": kita, platz,
 * kitaplatz; Easy German writes "Sprach-Kurs" for "Sprachkurs").
 */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  for (const chunk of chunksOf(text)) {
    const parts = chunk.split('-').filter(Boolean)
    words.push(...parts)
    if (parts.length > 1) words.push(parts.join(''))
  }
  return words
}

/**
 * The words of a query or a synonym: a hyphenated word is one word, joined ("Sprach-Kurs" is
 * "sprachkurs"); words of one letter are left out ("d’allemand", Pashto "د").
 */
export function queryWordsOf(text: string): string[] {
  return chunksOf(text)
    .map((chunk) => chunk.replaceAll('-', ''))
    .filter((word) => foldWord(word).length >= 2)
}

const chunksOf = (text: string): string[] => lowerForSearch(text).split(/[^\p{L}\p{M}\p{N}-]+/u)

/** A word as the index keeps it: without accents, umlauts folded ("ärzte" → "aerzte"). */
export function foldWord(word: string): string {
  return normalizeForSearch(word)
}

/** Latin letters only: German compounds are split, and words are matched by their ending. */
export const isLatinWord = (word: string): boolean => /^[a-z]+$/.test(word)

const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u

/**
 * The languages whose stemmers may read a word of a text in no known language (the search
 * text that holds every language at once): by its script.
 */
export function languagesByScript(word: string): readonly string[] {
  if (isLatinWord(word)) return LATIN
  if (CYRILLIC.test(word)) return CYRILLIC_LANGUAGES
  if (ARABIC.test(word)) return ARABIC_LANGUAGES
  return NONE
}
const LATIN = ['de', 'en']
const CYRILLIC_LANGUAGES = ['uk', 'ru']
const ARABIC_LANGUAGES = ['ar']
const NONE: readonly string[] = []
