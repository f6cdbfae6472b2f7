import { EMERGENCY_NUMBERS } from './emergencyNumbers'

/**
 * Finds German phone numbers in running text, so the portal can make every one a `tel:` link
 * when it renders (editors rarely make links, and a newcomer on a phone should be able to tap).
 *
 * Numbers are taken as whole "digit chains" (digits joined by single spaces, slashes, hyphens or
 * brackets) and only then judged, so a phone number is never found in the middle of an IBAN, an
 * ID or a date. What is not a phone number stays text: years, postal codes (five digits), prices,
 * dates, house numbers ("Katharinenstraße 112"), paragraphs ("§ 112"), IDs ("Az. 0815-4711").
 */

export type PhoneKind =
  /** 110 and 112, and the two round-the-clock lines newcomers need in a crisis. */
  | 'emergency'
  /** Other short public numbers: 115 (authorities), 116 111 (children and youth), 116 123. */
  | 'public'
  | 'phone'

export interface PhoneMatch {
  start: number
  end: number
  /** The number as written. */
  text: string
  /** `tel:` URI, international form (+49…) so it also works from a foreign SIM card. */
  href: string
  kind: PhoneKind
}

/** The EU-harmonised 116 numbers in service in Germany, plus the authorities' 115. */
const PUBLIC_NUMBERS = new Set(['115', '116000', '116006', '116111', '116123'])
const EMERGENCY = new Set<string>(EMERGENCY_NUMBERS)

const SPACE = '[ \\u00A0\\u2009\\u202F]'
/**
 * A digit chain: optional "+", digit groups joined by one space, or a slash/hyphen with optional
 * spaces, or brackets ("(03691) 12 34", "+49 (0) 3691 …").
 */
const CHAIN = new RegExp(
  `\\+?\\(?\\d+\\)?(?:(?:${SPACE}?[/\\-]${SPACE}?|${SPACE}|${SPACE}?(?=\\())\\(?\\d+\\)?)*`,
  'gu',
)

/** Words after which a number is not a phone number: IDs, paragraphs, addresses, rooms. */
const LABEL_BEFORE =
  /(?:§|§§|Art\.|Abs\.|Nr\.?|No\.?|ID|Az\.?|Aktenzeichen|Kundennummer|Kunden-Nr\.?|Steuernummer|Vorgangsnummer|Rechnungsnummer|IBAN|BIC|PLZ|Raum|Zimmer|Seite|S\.|Haus|Linie|Bus|Tram|Gleis|Kapitel)\s*:?\s*$/iu
/** Street names end like this; a short number after them is a house number. */
const STREET_BEFORE = /(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|hof|berg|chaussee|steig|pfad|tor|graben|anger)\s*$/iu
/** Units and currencies after a number: a price, a distance, an age, a time. */
const UNIT_AFTER = /^\s*(?:€|\$|EUR\b|Euro\b|%|Prozent\b|km\b|m\b|m²|qm\b|kg\b|g\b|Uhr\b|h\b|min\b|Min\.|Jahre|Jahren\b|Tage|Monate|Stunden|Minuten|Personen|Plätze)/iu

function digitsOf(text: string): string {
  return text.replace(/\D/g, '')
}

/** +49 / 0049 numbers: the national significant number after the country code, without "(0)". */
function german(chain: string): string | null {
  const international = chain.startsWith('+49') ? chain.slice(3) : chain.startsWith('0049') ? chain.slice(4) : null
  if (international !== null) {
    const nsn = digitsOf(international.replace(/\(0\)/, ''))
    return /^[1-9]\d{5,12}$/.test(nsn) ? nsn : null
  }
  // National: 0 + area code (2–5 digits, never starting with 0) + subscriber number.
  const national = chain.replace(/^\((0\d+)\)/, '$1')
  if (!/^0[1-9]/.test(national)) return null
  const firstGroup = /^\d+/.exec(national)?.[0] ?? ''
  const digits = digitsOf(national)
  // A lone group is a number written together ("03691123456"); otherwise the first group is the
  // area code, which keeps dates like "05/12/2026" out.
  const grouped = firstGroup.length < digits.length
  if (grouped && (firstGroup.length < 3 || firstGroup.length > 6)) return null
  return /^0[1-9]\d{5,11}$/.test(digits) ? digits.slice(1) : null
}

function classify(chain: string): Omit<PhoneMatch, 'start' | 'end' | 'text'> | null {
  const nsn = german(chain)
  if (nsn) return { href: `tel:+49${nsn}`, kind: 'phone' }
  if (chain.startsWith('+')) {
    const digits = digitsOf(chain)
    return /^[1-9]\d{6,14}$/.test(digits) ? { href: `tel:+${digits}`, kind: 'phone' } : null
  }
  // Short numbers are written together or as "116 016"; more groups are something else.
  if (/^\d+(?:[ \u00A0\u2009\u202F]\d+)?$/.test(chain)) {
    const digits = digitsOf(chain)
    if (EMERGENCY.has(digits)) return { href: `tel:${digits}`, kind: 'emergency' }
    if (PUBLIC_NUMBERS.has(digits)) return { href: `tel:${digits}`, kind: 'public' }
  }
  return null
}

/** Text around the chain that says it is part of something else (a word, a decimal, a date, a time). */
function glued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start)
  const after = text.slice(end, end + 2)
  return /[\p{L}\p{N}_.,:]$/u.test(before) || /^[\p{L}\p{N}_]|^[.,:]\p{N}/u.test(after)
}

function labelled(text: string, start: number, end: number, short: boolean): boolean {
  const before = text.slice(Math.max(0, start - 30), start)
  if (LABEL_BEFORE.test(before) || UNIT_AFTER.test(text.slice(end, end + 20))) return true
  return short && STREET_BEFORE.test(before)
}

/** A chain that failed as a whole may be two numbers: "0361 123456 / 0361 654321". */
function parts(chain: string, offset: number): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = []
  const separator = /[ \u00A0\u2009\u202F][/-][ \u00A0\u2009\u202F]/gu
  let last = 0
  for (const m of chain.matchAll(separator)) {
    pieces.push({ text: chain.slice(last, m.index), start: offset + last })
    last = m.index + m[0].length
  }
  if (!pieces.length) return []
  pieces.push({ text: chain.slice(last), start: offset + last })
  return pieces
}

function judge(text: string, chain: string, start: number): PhoneMatch | null {
  // Brackets around the number belong to the sentence, those around an area code to the number.
  const opens = chain.startsWith('(') && !/^\(0\d+\)/.test(chain) ? 1 : 0
  const inner = chain.slice(opens)
  const body = inner.endsWith(')') && !inner.slice(0, -1).includes('(') ? inner.slice(0, -1) : inner
  const s = start + opens
  const e = s + body.length
  const found = classify(body)
  if (!found || glued(text, s, e) || labelled(text, s, e, found.kind !== 'phone')) return null
  return { start: s, end: e, text: body, ...found }
}

export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = []
  for (const m of text.matchAll(CHAIN)) {
    const chain = m[0]
    const whole = judge(text, chain, m.index)
    if (whole) {
      found.push(whole)
      continue
    }
    for (const part of parts(chain, m.index)) {
      const match = judge(text, part.text, part.start)
      if (match) found.push(match)
    }
  }
  return found
}

export type TextPart = { text: string; phone?: undefined } | { text: string; phone: PhoneMatch }

/** The text cut into plain pieces and phone numbers, in order; joined they give the text back. */
export function splitPhoneNumbers(text: string): TextPart[] {
  const out: TextPart[] = []
  let at = 0
  for (const phone of findPhoneNumbers(text)) {
    if (phone.start > at) out.push({ text: text.slice(at, phone.start) })
    out.push({ text: phone.text, phone })
    at = phone.end
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}
