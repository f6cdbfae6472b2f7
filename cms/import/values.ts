/** Reading single cells the way towns write them (pure functions, unit-tested). */
import { SPOKEN_LANGUAGES } from '@shared/languages'
import { normalizeForSearch } from '@shared/search'
import { SERVICE_KINDS, type ServiceKind } from '@shared/vocabularies'
import type { CostInput } from './types'
import { PORTAL_TRANSLATIONS } from '@cms/i18n/index'

/**
 * Splits a list cell: "Geflüchtete, Familien; Frauen". With `words`, also at "/", "und",
 * "and", "&" and "+" ("Deutsch / Arabisch und Englisch"), which is right for language names
 * but not for names of topics such as "Kita und Schule".
 */
export function splitList(value: string, { words = false } = {}): string[] {
  return value
    .split(words ? /\s*(?:[,;/|+\n&]|\bund\b|\band\b)\s*/i : /\s*[,;|\n]\s*/)
    .map((v) => v.trim())
    .filter(Boolean)
}

const LANGUAGE_ALIASES: Record<string, string> = {
  farsi: 'fa',
  dgs: 'gsg',
  gebaerdensprache: 'gsg',
  'sign language': 'gsg',
  kurmandschi: 'kmr',
  kurmanci: 'kmr',
  'kurdisch kurmandschi': 'kmr',
  'kurdisch sorani': 'ckb',
  tigrinisch: 'ti',
  paschtunisch: 'ps',
  // ISO 639-2 codes, which some specialist systems export.
  deu: 'de',
  ger: 'de',
  eng: 'en',
  ara: 'ar',
  fas: 'fa',
  per: 'fa',
  ukr: 'uk',
  rus: 'ru',
  tur: 'tr',
  tir: 'ti',
  fra: 'fr',
  fre: 'fr',
}

const LANGUAGE_BY_NAME = new Map<string, string>()
for (const l of SPOKEN_LANGUAGES) {
  for (const name of [l.code, l.english, l.german, l.endonym]) LANGUAGE_BY_NAME.set(normalizeForSearch(name), l.code)
}
for (const [alias, code] of Object.entries(LANGUAGE_ALIASES)) LANGUAGE_BY_NAME.set(alias, code)

/** ISO codes ("ar", "prs") or names in German, English or the language itself ("Arabisch", "Arabic", "العربية"). */
export function parseLanguages(value: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = []
  const unknown: string[] = []
  for (const part of splitList(value, { words: true })) {
    const key = normalizeForSearch(part.replace(/\s*\(.*\)\s*$/, ''))
    const code = LANGUAGE_BY_NAME.get(key) ?? LANGUAGE_BY_NAME.get(normalizeForSearch(part))
    if (code) {
      if (!codes.includes(code)) codes.push(code)
    } else unknown.push(part)
  }
  return { codes, unknown }
}

// The admin's labels double as names a spreadsheet may use.
const KIND_BY_NAME = new Map<string, ServiceKind>()
for (const k of SERVICE_KINDS) {
  for (const name of [k, ...Object.values(PORTAL_TRANSLATIONS).map((texts) => texts[`option.serviceKind.${k}`])]) KIND_BY_NAME.set(normalizeForSearch(name), k)
}
const KIND_ALIASES: Record<string, ServiceKind> = {
  integrationskurs: 'integration-course',
  orientierungskurs: 'integration-course',
  deutschkurs: 'language-course',
  dolmetschen: 'language-mediation',
  arbeit: 'work',
  ausbildung: 'work',
  freizeit: 'leisure',
  begegnung: 'leisure',
  kinderbetreuung: 'childcare-school',
  schule: 'childcare-school',
  behoerde: 'authority',
  amt: 'authority',
  foerderung: 'funding',
}
for (const [alias, kind] of Object.entries(KIND_ALIASES)) KIND_BY_NAME.set(alias, kind)

/** A service kind from its value or its German or English name ("Sprachkurs", "Language course"); null when unknown. */
export function parseKind(value: string): ServiceKind | null {
  return KIND_BY_NAME.get(normalizeForSearch(value)) ?? null
}

const FREE = /^(?:(?:kostenlos|kostenfrei|gratis|frei|umsonst|unentgeltlich|free of charge|free|no charge|keine)\b|0+(?:[.,]0+)?(?![.,]?\d)\s*(?:€|euro\b|eur\b)?)/
const ON_REQUEST = /^(auf anfrage|nach vereinbarung|on request|upon request|variiert|varies)\b/
const AMOUNT = /^(?:€\s*)?(\d[\d.,]*)\s*(?:€|euro\b|eur\b)?/

/** "1.200,50" and "1,200.50" and "12,5" and "1.200": the last separator with one or two digits after it is the decimal one. */
function amountOf(token: string): number | null {
  const decimal = /[.,](\d{1,2})$/.exec(token)
  const whole = (decimal ? token.slice(0, -decimal[0].length) : token).replace(/[.,](?=\d{3}(?:[.,]|$))/g, '')
  if (!/^\d{1,6}$/.test(whole)) return null
  return Number(`${whole}.${decimal?.[1] ?? '0'}`)
}

/**
 * "kostenlos" → free; "5 €", "12,50 EUR pro Kurs" → a fee with its amount (the words stay as
 * a note); "auf Anfrage" → on request; any other text → on request, with the text as the note,
 * so that nothing someone wrote is lost.
 */
export function parseCost(value: string): CostInput {
  const text = value.trim()
  const key = normalizeForSearch(text)
  const note = (rest: string) => (rest.trim() ? { note: text } : {})
  const free = FREE.exec(key)
  if (free) return { type: 'free', ...note(key.slice(free[0].length)) }
  const request = ON_REQUEST.exec(key)
  if (request) return { type: 'on-request', ...note(key.slice(request[0].length)) }
  const amount = AMOUNT.exec(key)
  const fee = amount ? amountOf((amount[1] ?? '').replace(/[.,]$/, '')) : null
  if (amount && fee !== null) return { type: 'fee', amount: fee, ...note(key.slice(amount[0].length)) }
  return { type: 'on-request', note: text }
}

/** "50,9742" (German decimal comma) or "50.9742"; null when it is not a number. */
export function parseNumber(value: string): number | null {
  const v = value.trim().replace(/\s/g, '')
  const normal = /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null
  return Number(normal)
}

/**
 * A German postcode. Spreadsheets store "01067" as the number 1067, so four digits get their
 * zero back; anything else must be five digits.
 */
export function parsePostcode(value: string): string | null {
  // "D-99817" is how letters to Germany were addressed from abroad; some lists still have it.
  const v = value.trim().replace(/^D\s*-\s*/i, '')
  if (/^\d{5}$/.test(v)) return v
  if (/^\d{4}$/.test(v)) return `0${v}`
  return null
}

/** "www.example.org" is how people write web addresses: it gets its https://. */
export function normalizeUrl(value: string): string {
  const v = value.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return v
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(v) ? `https://${v}` : v
}

/** An e-mail cell may be a "mailto:" link. */
export function normalizeEmail(value: string): string {
  return value.trim().replace(/^mailto:/i, '')
}

/** Whitespace runs collapsed, ends trimmed: a re-saved spreadsheet should not count as a change. */
export function cleanText(value: string): string {
  return value.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim()
}
