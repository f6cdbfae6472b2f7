import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * A value sealed for a cookie (AES-256-GCM with a key derived from the installation's secret):
 * the browser carries it but can neither read nor change it. Holds a started sign-in (PKCE
 * verifier, nonce, state), so starting one writes nothing on the server: anonymous requests
 * cannot fill the database.
 */
const keyOf = (secret: string) => createHash('sha256').update(`single-sign-on:${secret}`).digest()

export function seal(secret: string, value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return [iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.')
}

/** The sealed value, or null for anything this installation did not seal (or that was changed). */
export function unseal(secret: string, sealed: string): unknown {
  const [iv, data, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !data || !tag || iv.length !== 12 || tag.length !== 16) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv)
    decipher.setAuthTag(tag)
    return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'))
  } catch {
    return null
  }
}
