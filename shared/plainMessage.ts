/**
 * Messages that only put text values in place ("{name} – {part}", "{number}. {text}"): the
 * portal's most frequent translations (titles, map markers, compositions), which need no ICU
 * formatter at all. `plainParts` reads such a message once; `fillPlain` puts string values in.
 * Anything else (a plural, a select, a number or date argument, a tag, ICU quoting with `'`, a
 * value that is not a string, a missing value) is not plain: the caller formats it as before.
 */

/** Literal text and argument names, alternating, starting and ending with text (possibly empty). */
export type PlainParts = readonly string[]

const ARGUMENT = /^[\p{L}\p{N}_]+$/u

/** The parts of a message made of text and `{name}` arguments only; null for any other message. */
export function plainParts(message: string): PlainParts | null {
  if (message.includes("'") || message.includes('<') || message.includes('#')) return null
  const parts: string[] = []
  let at = 0
  for (;;) {
    const open = message.indexOf('{', at)
    const close = message.indexOf('}', at)
    if (open === -1) {
      if (close !== -1) return null
      parts.push(message.slice(at))
      return parts
    }
    if (close !== -1 && close < open) return null
    const end = message.indexOf('}', open)
    if (end === -1) return null
    const name = message.slice(open + 1, end).trim()
    if (!ARGUMENT.test(name)) return null
    parts.push(message.slice(at, open), name)
    at = end + 1
  }
}

/** The message with its values in place, or null when a value is missing or not a string (numbers and dates are the formatter's). */
export function fillPlain(parts: PlainParts, values: Readonly<Record<string, unknown>>): string | null {
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i] as string]
    if (typeof value !== 'string') return null
    out += value + (parts[i + 1] ?? '')
  }
  return out
}
