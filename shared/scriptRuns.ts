import type { Direction } from './locales'

/**
 * Runs of the other writing direction inside running text: a German term in a Persian sentence,
 * an Arabic name in a German one. Left alone, the bidi algorithm lets a closing quote or bracket
 * next to such a term land on the wrong side ("(Hilfetelefon „Gewalt gegen Frauen“)" inside
 * Arabic showed its quote outside the bracket). Each run found here is shown isolated.
 */

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const LETTER = /\p{L}/u
const MARK_OR_DIGIT = /[\p{M}\p{Nd}]/u
/**
 * Inside a run: spaces and the punctuation of names, terms, addresses and links ("e. V.",
 * "Caritas-Verband", "A&O", "info@caritas.de", "www.eisenach.de/?q=kita").
 */
const INSIDE = /[\s\-–'’.,&/:+@_#=?%~]/u
const PAIRS: Record<string, string> = { '„': '“', '‚': '‘', '“': '”', '"': '"', "'": "'", '«': '»', '»': '«' }
const CLOSERS = new Set(Object.values(PAIRS))

function strong(c = ''): Direction | null {
  if (RTL_LETTER.test(c)) return 'rtl'
  return LETTER.test(c) ? 'ltr' : null
}

/**
 * Where a run really ends: at its last letter, or after a number that belongs to it
 * ("Katharinenstraße 112", not "Eisenach. 11" where the number starts the next sentence), or
 * after a closing quote whose opening quote is in the run.
 */
function runEnd(chars: string[], start: number, end: number): number {
  let last = end - 1
  while (last > start && !strong(chars[last])) last--
  const tail = chars.slice(last + 1, end).join('')
  const number = /^[ \u00A0-]*\p{Nd}+(?:[ \u00A0/-]?\p{Nd}+)*/u.exec(tail)
  if (number) return last + 1 + number[0].length
  let stop = last + 1
  while (stop < end) {
    const opener = Object.keys(PAIRS).find((k) => PAIRS[k] === chars[stop])
    if (!opener || !chars.slice(start, stop).includes(opener)) break
    stop++
  }
  return stop
}

export interface ScriptRun {
  start: number
  end: number
}

/** Where the letters of the other direction stand in `text`, whose own direction is `dir`. */
export function foreignRuns(text: string, dir: Direction): ScriptRun[] {
  const runs: ScriptRun[] = []
  // UTF-16 units: the letters of the portal's scripts are all in the Basic Multilingual Plane.
  const chars = text.split('')
  let i = 0
  while (i < chars.length) {
    const first = strong(chars[i])
    if (first === dir || first === null) {
      i++
      continue
    }
    const start = i
    let end = i + 1
    while (end < chars.length) {
      const c = chars[end] ?? ''
      const s = strong(c)
      if (s === dir) break
      if (s === null && !MARK_OR_DIGIT.test(c) && !INSIDE.test(c) && !(c in PAIRS) && !CLOSERS.has(c)) break
      end++
    }
    end = runEnd(chars, start, end)
    let from = start
    // A quoted term keeps its quotes: „Willkommen“ is isolated with both marks.
    const before = chars[start - 1]
    if (before && PAIRS[before] && chars[end] === PAIRS[before]) {
      from--
      end++
    }
    runs.push({ start: from, end })
    i = end
  }
  return runs
}
