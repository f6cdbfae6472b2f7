/**
 * Which writing system a text is in, as a share of its letters. Used to catch a translation
 * that is not in its language's script (a copied English text in the Tigrinya field, a
 * transliteration instead of Cyrillic). A share, not a yes/no: German office names in Latin
 * script are welcome inside an Arabic or Ethiopic text, so a text passes when most of its
 * letters are in the script.
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
  /** Letters in the text (digits, punctuation, spaces and combining marks do not count). */
  letters: number
  /** Of those, letters in the script. */
  inScript: number
  /** inScript / letters; 1 for a text without letters (a phone number is in every script). */
  share: number
}

export function scriptShare(text: string, script: Script): ScriptShare {
  let letters = 0
  let inScript = 0
  for (const ch of text) {
    if (!LETTER.test(ch)) continue
    letters++
    if (PATTERNS[script].test(ch)) inScript++
  }
  return { letters, inScript, share: letters ? inScript / letters : 1 }
}

/** True when more than half of the text's letters are in the script. */
export function isInScript(text: string, script: Script): boolean {
  return scriptShare(text, script).share > 0.5
}
