/**
 * Bidirectional isolation of the values put into translated sentences. A town's name, a number or
 * a date inside an Arabic or Persian sentence must not take the sentence's punctuation with it
 * ("…في Eisenach. 11 منظمة" once showed as "11 .Eisenach منظمة"). Each value is wrapped in the
 * Unicode isolates FSI…PDI, which are correct on their own in plain text (titles, labels); the
 * portal's renderer turns them into `<bdi>` elements (web/components/BidiText.tsx).
 */

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode bidi algorithm, UAX #9). */
export const FSI = '\u2068'
export const PDI = '\u2069'

type Value = string | number | boolean | Date | null | undefined

/**
 * The values for a translated sentence, strings isolated. Numbers stay numbers, because plural
 * and select rules need them; the renderer isolates the digits it finds in the sentence instead.
 * Only for values shown as they are: a `select` argument must stay its bare key.
 */
export function isolate<T extends Record<string, Value>>(values: T): T {
  const out: Record<string, Value> = {}
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === 'string' && value !== '' ? `${FSI}${value.replaceAll(FSI, '').replaceAll(PDI, '')}${PDI}` : value
  }
  // Same keys, strings still strings: the shape of T is kept.
  return out as T
}

export interface SentencePart {
  text: string
  /** An interpolated value or a number: to be shown in an isolating element. */
  isolated: boolean
}

/** Digits with the group and decimal separators of the portal's locales (Latin, Arabic, Persian). */
const NUMBER = /\p{Nd}+(?:[.,'\u066B\u066C\u00A0\u202F]\p{Nd}+)*/gu

function numbers(text: string, out: SentencePart[]) {
  let at = 0
  for (const m of text.matchAll(NUMBER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), isolated: false })
    out.push({ text: m[0], isolated: true })
    at = m.index + m[0].length
  }
  if (at < text.length) out.push({ text: text.slice(at), isolated: false })
}

/**
 * A sentence cut into its own words and its isolated parts: the values wrapped by `isolate`
 * (outermost pair; the marks themselves dropped) and any number written by the message itself
 * (ICU's `#` in plurals).
 */
export function splitIsolates(sentence: string): SentencePart[] {
  const out: SentencePart[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]
    if (c === FSI) {
      if (depth++ === 0) {
        numbers(sentence.slice(start, i), out)
        start = i + 1
      }
    } else if (c === PDI && depth > 0) {
      if (--depth === 0) {
        out.push({ text: sentence.slice(start, i).replaceAll(FSI, '').replaceAll(PDI, ''), isolated: true })
        start = i + 1
      }
    }
  }
  numbers(sentence.slice(start).replaceAll(FSI, '').replaceAll(PDI, ''), out)
  return out.filter((p) => p.text !== '')
}

// `{name, select, …}`, `{count, plural, …}`, `{n, selectordinal, …}`: arguments the formatter compares.
const KEY_ARGUMENT = /\{\s*([\p{L}\p{N}_]+)\s*,\s*(?:select|plural|selectordinal)\s*,/gu

/** The arguments a message uses as select or plural keys: they must reach the formatter bare. */
export function keyArguments(message: string): Set<string> {
  return new Set([...message.matchAll(KEY_ARGUMENT)].map((m) => m[1] ?? ''))
}

/**
 * The values for `message`, each shown value isolated (`isolate`), the ones the message selects
 * or counts by left as they are.
 */
export function isolateFor<T extends Record<string, Value>>(message: string, values: T): T {
  const keys = keyArguments(message)
  const shown: Record<string, Value> = {}
  for (const [key, value] of Object.entries(values)) if (!keys.has(key)) shown[key] = value
  return { ...values, ...isolate(shown) }
}

/**
 * A formatted sentence with its numbers isolated as well (a plural's `#`, a year the message
 * writes): each isolated part once in FSI…PDI. Right for plain text (titles, labels); the
 * renderer (`Sentence`) turns the same parts into `<bdi>`.
 */
export function isolateAll(sentence: string): string {
  return splitIsolates(sentence)
    .map((p) => (p.isolated ? `${FSI}${p.text}${PDI}` : p.text))
    .join('')
}

/**
 * "Name (note)", e.g. a plan edition with its date: both isolated, so a German name or a date
 * inside an Arabic label keeps its brackets on the right side.
 */
export function withNote(text: string, note: string): string {
  const { text: a, note: b } = isolate({ text, note })
  return `${a} (${b})`
}
