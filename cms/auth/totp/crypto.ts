import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { RECOVERY_CODE_COUNT, RECOVERY_CODE_LENGTH, recoveryCodeFrom } from '@shared/twoFactor'

/**
 * The TOTP secret is stored sealed (AES-256-GCM with a key derived from PAYLOAD_SECRET): a
 * database dump or backup alone does not give anyone the codes. Recovery codes are stored as
 * keyed hashes only (HMAC-SHA-256); they are random enough that a slow hash adds nothing.
 */
const keyOf = (secret: string) => createHash('sha256').update(`two-factor-secret\u0000${secret}`).digest()

export function sealSecret(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv)
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.')
}

/** The plain secret, or null when the value is no sealed secret of this installation (another PAYLOAD_SECRET). */
export function openSecret(sealed: string | null | undefined, secret: string): string | null {
  const [version, iv, tag, body] = (sealed ?? '').split('.')
  if (version !== 'v1' || !iv || !tag || !body) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

export const hashRecoveryCode = (code: string, secret: string): string => createHmac('sha256', secret).update(`two-factor-recovery\u0000${code}`).digest('base64url')

/** A fresh set of recovery codes (plain: shown once, then only their hashes are kept). */
export const newRecoveryCodes = (): string[] => Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFrom(randomBytes(RECOVERY_CODE_LENGTH)))

/** The index of the stored hash `code` matches, or -1 (compared in constant time). */
export function findRecoveryCode(code: string, hashes: readonly string[], secret: string): number {
  const given = Buffer.from(hashRecoveryCode(code, secret))
  let found = -1
  hashes.forEach((hash, i) => {
    const stored = Buffer.from(hash)
    if (stored.length === given.length && timingSafeEqual(stored, given) && found < 0) found = i
  })
  return found
}
