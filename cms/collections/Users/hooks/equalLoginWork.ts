import crypto from 'node:crypto'
import { isRecord } from '@cms/isRecord'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * `pbkdf2-sha256-v1`): PBKDF2-SHA256, 600,000 iterations, 32-byte key, the salt as hex text.
 * Not exported by Payload, so repeated here; tests/security/login-timing.test.ts recomputes a
 * stored hash with these values, so an upgrade that changes them fails that test.
 */
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

// A salt like Payload's (32 random bytes as hex); what it hashes to is never compared.
const DECOY_SALT = crypto.randomBytes(32).toString('hex')

/** The work `authenticateLocalStrategy` does for a known account, for an unknown one. */
export function decoyPasswordHash(password: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, DECOY_SALT, PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest, () => resolve()))
}

/**
 * Makes a login cost the same whether or not the e-mail has an account. Payload looks the
 * account up and, only when it exists, hashes the password (hundreds of ms), so the answer's
 * time told which addresses have accounts. This hook looks the account up the same way first
 * and hashes the password itself when there is none: every well-formed attempt is one lookup
 * here, one in Payload and one hash. (A custom strategy would replace Payload's login code;
 * this keeps it and only adds the missing work.) Malformed attempts (no e-mail or password)
 * get Payload's 400 before any lookup, for known and unknown e-mails alike.
 */
export const equalLoginWork: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const data: unknown = args.data
  if (!isRecord(data)) return args
  const { email, password } = data
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password.trim()) return args
  // The same query Payload's loginOperation runs (lower-cased, trimmed e-mail).
  const user = await req.payload.db.findOne<{ id: string; hash?: unknown; salt?: unknown }>({ collection: collection.slug, req, where: { email: { equals: email.toLowerCase().trim() } } })
  const hashed = user && typeof user.hash === 'string' && typeof user.salt === 'string'
  if (!hashed) await decoyPasswordHash(password)
  return args
}
