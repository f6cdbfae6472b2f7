/**
 * Two-factor login (TOTP, RFC 6238): the parameters every authenticator app understands and
 * the shape of what people type. Pure: the server (cms/auth/totp/) and its tests share it.
 */

/** SHA-1, six digits, 30 seconds: the only combination every authenticator app supports. */
export const TOTP_PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const

/** One step before and after the current one: a phone clock up to 30 s off still works. */
export const TOTP_WINDOW = 1

/** Recovery codes per enrolment, and their alphabet (no 0/O, 1/I/L: read off paper without doubt). */
export const RECOVERY_CODE_COUNT = 10
export const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
/** 10 characters of a 31-letter alphabet: about 50 bits each, far beyond guessing behind a throttle. */
export const RECOVERY_CODE_LENGTH = 10

/** A typed code as the six digits it holds ("123 456", "123-456" → "123456"), or null when it is none. */
export function normalizeTotpCode(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null
  const digits = String(input).replace(/[\s-]/g, '')
  return new RegExp(`^\\d{${TOTP_PARAMS.digits}}$`).test(digits) ? digits : null
}

/** A typed recovery code in its stored form (upper case, without spaces or dashes), or null. */
export function normalizeRecoveryCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  if (code.length !== RECOVERY_CODE_LENGTH) return null
  return [...code].every((c) => RECOVERY_ALPHABET.includes(c)) ? code : null
}

/** A recovery code as shown: two groups of five ("ABCDE-FGH23"), easier to copy by hand. */
export const formatRecoveryCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`

/** A recovery code from random bytes (one byte per character; the modulo bias of 256 % 31 is negligible here). */
export function recoveryCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH) throw new Error('not enough random bytes')
  return [...bytes.slice(0, RECOVERY_CODE_LENGTH)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('')
}

/** Whether a login must pass the second step: the two modes an installation runs in. */
export type TwoFactorMode = 'required' | 'optional'

/**
 * `TWO_FACTOR=required|optional`; by default required in production (NODE_ENV=production
 * without DEMO=true) and optional in the demo and in development, so the demo logins keep
 * working with the password alone. Anything else is a configuration mistake.
 */
export function twoFactorMode(env: Record<string, string | undefined>): TwoFactorMode {
  const set = env.TWO_FACTOR?.trim()
  if (set === 'required' || set === 'optional') return set
  if (set) throw new Error(`TWO_FACTOR must be "required" or "optional", not "${set}".`)
  return env.NODE_ENV === 'production' && env.DEMO !== 'true' ? 'required' : 'optional'
}
