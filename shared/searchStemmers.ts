import { stemmer as arabic } from '@orama/stemmers/arabic'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as french } from '@orama/stemmers/french'
import { stemmer as german } from '@orama/stemmers/german'
import { stemmer as russian } from '@orama/stemmers/russian'
import { stemmer as turkish } from '@orama/stemmers/turkish'
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian'
import { foldWord } from './searchWords'

/**
 * The stemmers of the UI languages (Snowball, through Orama's package). Persian, Pashto,
 * Tigrinya and Somali have none there: their words are matched as normalised, by synonyms
 * and with typo tolerance. Easy German is German.
 */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  de: german,
  'de-x-ls': german,
  en: english,
  fr: french,
  ar: arabic,
  uk: ukrainian,
  ru: russian,
  tr: turkish,
}

export function hasStemmer(locale: string): boolean {
  return locale in STEMMERS
}

/**
 * A word's stem in one language, folded like the index's words; the folded word itself when
 * the language has no stemmer. `word` as `wordsOf` gives it (lowercase, accents kept).
 */
export function stemOf(word: string, locale: string): string {
  const stem = STEMMERS[locale]
  return foldWord(stem ? stem(word) : word)
}

/** The word's stems in the given languages that differ from the folded word (no duplicates). */
export function stemsOf(word: string, locales: readonly string[]): string[] {
  const folded = foldWord(word)
  const stems = new Set<string>()
  for (const locale of locales) {
    const stem = stemOf(word, locale)
    if (stem && stem !== folded) stems.add(stem)
  }
  return [...stems]
}
