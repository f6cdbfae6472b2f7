/**
 * Format checks shared by the admin (Payload field validation) and importers.
 * Each returns null when the value is fine, or an English message key-like reason.
 */

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

export function checkEmail(value: string): string | null {
  if (value.length > 254) return 'The e-mail address is too long.'
  return EMAIL.test(value) ? null : 'This is not a valid e-mail address (example: info@example.org).'
}

export function checkUrl(value: string): string | null {
  if (value.length > 2048) return 'The web address is too long.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The web address must start with https:// or http://.'
    if (!url.hostname.includes('.')) return 'The web address needs a domain such as example.org.'
    return null
  } catch {
    return 'This is not a valid web address (example: https://example.org).'
  }
}

/**
 * Phone numbers as people write them in Germany: "+49 3691 670-0", "(03691) 67 00", "0176 1234567".
 * Digits with spaces, slashes, hyphens, dots, brackets and one leading +; 6 to 15 digits.
 */
export function checkPhone(value: string): string | null {
  if (!/^\+?[0-9 ()/.-]+$/.test(value.trim())) return 'A phone number may only contain digits, spaces, + ( ) / - and dots.'
  const digits = value.replace(/\D/g, '').length
  if (digits < 6 || digits > 15) return 'A phone number has between 6 and 15 digits.'
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
export function checkAgs(value: string): string | null {
  return /^(\d{5}|\d{8})$/.test(value) ? null : 'The municipality key (AGS) has 8 digits, or 5 for a district.'
}
