/**
 * Which writing system a text is in, as a share of its letters. Used to catch a translation
 * that is not in its language's script (a copied English text in the Tigrinya field, a
 * transliteration instead of Cyrillic). A share, not a yes/no: German office names in Latin
 * script are welcome inside an Arabic or Ethiopic text, so a text passes when most of its
 * words are in the script.
 */
export const SCRIPTS = ['Latin', 'Arabic', 'Cyrillic', 'Ethiopic'] as const
export type Script = (typeof SCRIPTS)[number]

// One Unicode script property escape per script (Script=, not Script_Extensions=: a letter counts once).
const PATTERNS: Record<Script, RegExp> = {
  Latin: /\p{Script=Latin}/u,
  Arabic: /\p{Script=Arabic}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Ethiopic: /\p{Script=Ethiopic}/u,
}

const LETTER = /\p{L}/u

/** The script each language of the portal is written in; every other language uses Latin. */
const SCRIPT_OF: Record<string, Script> = { ar: 'Arabic', fa: 'Arabic', ps: 'Arabic', uk: 'Cyrillic', ru: 'Cyrillic', ti: 'Ethiopic' }

export function scriptOf(locale: string): Script {
  return SCRIPT_OF[locale] ?? 'Latin'
}

export interface ScriptShare {
  /** Words in the text: runs of letters (digits, punctuation and spaces separate them). */
  words: number
  /** Of those, words whose letters are mostly in the script. */
  inScript: number
  /** inScript / words; 1 for a text without words (a phone number is in every script). */
  share: number
}

const WORD = /[\p{L}\p{M}]+/gu

/**
 * The share of a text's words in a script. Words, not letters: an Ethiopic syllable or an
 * Arabic consonant stands for what Latin spells with two or three letters, so a short title with
 * a German name in it ("Eisenacher Tafel – መግቢ ብውሑድ ገንዘብ") would count as mostly Latin by letters.
 */
export function scriptShare(text: string, script: Script): ScriptShare {
  let words = 0
  let inScript = 0
  for (const [word] of text.matchAll(WORD)) {
    const letters = [...word].filter((ch) => LETTER.test(ch))
    if (!letters.length) continue
    words++
    if (letters.filter((ch) => PATTERNS[script].test(ch)).length * 2 > letters.length) inScript++
  }
  return { words, inScript, share: words ? inScript / words : 1 }
}

/** True when more than half of the text's words are in the script. */
export function isInScript(text: string, script: Script): boolean {
  return scriptShare(text, script).share > 0.5
}
