/**
 * German compounds: "Kinderarzt" is a kind of "Arzt", "Sprachkurs" a kind of "Kurs". The head
 * of a German compound is its last part, so a compound is split where its longest ending is a
 * word the index knows; the part before it is the modifier, without the linking letters
 * ("Integrations|kurs", "Wohnungs|suche").
 */

/** The shortest part that counts as a word of its own (shorter endings match too much: "arzt" is four). */
export const MIN_PART = 4
/** Shorter words are not split. */
const MIN_COMPOUND = MIN_PART + 3
const LINKING = ['es', 'en', 'er', 's', 'n', 'e']

export interface Compound {
  modifier: string
  head: string
}

/** Splits a folded Latin word against known words: longest known head first; null when none fits. */
export function splitCompound(word: string, isKnown: (part: string) => boolean): Compound | null {
  if (word.length < MIN_COMPOUND || !/^[a-z]+$/.test(word)) return null
  for (let at = 3; word.length - at >= MIN_PART; at++) {
    const head = word.slice(at)
    if (!isKnown(head)) continue
    const joined = word.slice(0, at)
    const link = LINKING.find((l) => joined.endsWith(l) && joined.length - l.length >= 3 && isKnown(joined.slice(0, -l.length)))
    return { modifier: link ? joined.slice(0, -link.length) : joined, head }
  }
  return null
}

/** A word read backwards: the index keeps long words so, and a prefix search over them finds words by their ending. */
export function reversed(word: string): string {
  return [...word].reverse().join('')
}
