/**
 * Format checks shared by the admin (Payload field validation) and importers. Each `*Format`
 * returns null when the value is fine, or a code; the admin translates the code (cms/i18n
 * `error.format.<code>`), importers and the portal's forms use the English wording here.
 */

/** Why a value is refused. */
export type FormatCode =
  | 'email-too-long'
  | 'email-invalid'
  | 'url-too-long'
  | 'url-scheme'
  | 'url-no-domain'
  | 'url-invalid'
  | 'phone-characters'
  | 'phone-digits'
  | 'ags-digits'

/** The codes' English wording: the source of the admin's English too. */
export const FORMAT_MESSAGES: Record<FormatCode, string> = {
  'email-too-long': 'The e-mail address is too long.',
  'email-invalid': 'This is not a valid e-mail address (example: info@example.org).',
  'url-too-long': 'The web address is too long.',
  'url-scheme': 'The web address must start with https:// or http://.',
  'url-no-domain': 'The web address needs a domain such as example.org.',
  'url-invalid': 'This is not a valid web address (example: https://example.org).',
  'phone-characters': 'A phone number may only contain digits, spaces, + ( ) / - and dots.',
  'phone-digits': 'A phone number has between 6 and 15 digits.',
  'ags-digits': 'The municipality key (AGS) has 8 digits, or 5 for a district.',
}

/** A format check with its English message, for importers and forms outside the admin. */
const inEnglish =
  (format: (value: string) => FormatCode | null) =>
  (value: string): string | null => {
    const code = format(value)
    return code && FORMAT_MESSAGES[code]
  }

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

export function emailFormat(value: string): FormatCode | null {
  if (value.length > 254) return 'email-too-long'
  return EMAIL.test(value) ? null : 'email-invalid'
}

export function urlFormat(value: string): FormatCode | null {
  if (value.length > 2048) return 'url-too-long'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url-scheme'
    if (!url.hostname.includes('.')) return 'url-no-domain'
    return null
  } catch {
    return 'url-invalid'
  }
}

/**
 * Phone numbers as people write them in Germany: "+49 3691 670-0", "(03691) 67 00", "0176 1234567".
 * Digits with spaces, slashes, hyphens, dots, brackets and one leading +; 6 to 15 digits.
 */
export function phoneFormat(value: string): FormatCode | null {
  if (!/^\+?[0-9 ()/.-]+$/.test(value.trim())) return 'phone-characters'
  const digits = value.replace(/\D/g, '').length
  if (digits < 6 || digits > 15) return 'phone-digits'
  return null
}

/** The digits of a phone number for a `tel:` link, German numbers in international form. */
export function telHref(value: string): string {
  const trimmed = value.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (trimmed.startsWith('+')) return `tel:+${digits}`
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`
  return `tel:${digits}`
}

/** The official municipality key (Amtlicher Gemeindeschlüssel): 8 digits; districts use 5. */
export function agsFormat(value: string): FormatCode | null {
  return /^(\d{5}|\d{8})$/.test(value) ? null : 'ags-digits'
}

export const checkEmail = inEnglish(emailFormat)
export const checkUrl = inEnglish(urlFormat)
export const checkPhone = inEnglish(phoneFormat)
export const checkAgs = inEnglish(agsFormat)
