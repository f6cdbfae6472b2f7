import type { Payload } from 'payload'
import { isRecord } from '@cms/isRecord'
import { formatRecoveryCode, normalizeRecoveryCode, normalizeTotpCode } from '@shared/twoFactor'
import { findRecoveryCode, hashRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from './crypto'
import { known, markSessionDone, type Session, type TwoFactorSlugs } from './state'
import { matchingStep, newTotpSecret, qrDataUrl, totpUri } from './totp'

/** The account's stored two-factor data, opened (read past Payload's hidden-field rule, through the adapter). */
interface TwoFactorRecord {
  secret: string | null
  pendingSecret: string | null
  recoveryCodes: string[]
  lastStep: number | null
}

async function readRecord(payload: Payload, slugs: TwoFactorSlugs, id: string): Promise<TwoFactorRecord> {
  const doc: unknown = await payload.db.findOne({ collection: known(payload, slugs.users), where: { id: { equals: id } } })
  const row = isRecord(doc) ? doc : {}
  const codes = row.twoFactorRecoveryCodes
  return {
    secret: typeof row.twoFactorSecret === 'string' ? openSecret(row.twoFactorSecret, payload.secret) : null,
    pendingSecret: typeof row.twoFactorPendingSecret === 'string' ? openSecret(row.twoFactorPendingSecret, payload.secret) : null,
    recoveryCodes: Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [],
    lastStep: typeof row.twoFactorLastStep === 'number' ? row.twoFactorLastStep : null,
  }
}

const write = (payload: Payload, slugs: TwoFactorSlugs, id: string, data: Record<string, unknown>) =>
  payload.db.updateOne({ collection: known(payload, slugs.users), id, data, returning: false })

export interface Enrolment {
  /** The key as text, for typing it into the app. */
  secret: string
  uri: string
  /** The QR code as an SVG data URL. */
  qr: string
}

/**
 * A new key for the account, kept aside (sealed) until a code from it is confirmed; opening the
 * screen again replaces it. The account's two-factor login stays as it was until then.
 */
export async function beginEnrolment(payload: Payload, slugs: TwoFactorSlugs, session: Session): Promise<Enrolment> {
  const secret = newTotpSecret()
  await write(payload, slugs, session.account.id, { twoFactorPendingSecret: sealSecret(secret, payload.secret) })
  const uri = totpUri(secret, session.account.email)
  return { secret, uri, qr: await qrDataUrl(uri) }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'missingCode' | 'wrongCode' | 'wrongRecovery' | 'startAgain' | 'notOn' }

/**
 * Confirms the new key with a code from it: two-factor login is on, this session has passed, and
 * the recovery codes are returned once (only their hashes stay).
 */
export async function confirmEnrolment(payload: Payload, slugs: TwoFactorSlugs, session: Session, input: unknown): Promise<Outcome<string[]>> {
  const code = normalizeTotpCode(input)
  if (!code) return { ok: false, reason: 'missingCode' }
  const record = await readRecord(payload, slugs, session.account.id)
  if (!record.pendingSecret) return { ok: false, reason: 'startAgain' }
  const step = matchingStep(record.pendingSecret, code, null)
  if (step === null) return { ok: false, reason: 'wrongCode' }
  const codes = newRecoveryCodes()
  await write(payload, slugs, session.account.id, {
    twoFactorEnabled: true,
    twoFactorSecret: sealSecret(record.pendingSecret, payload.secret),
    twoFactorPendingSecret: null,
    twoFactorRecoveryCodes: codes.map((c) => hashRecoveryCode(c, payload.secret)),
    twoFactorLastStep: step,
  })
  await markSessionDone(payload, slugs, session.account, session.sid)
  return { ok: true, value: codes.map(formatRecoveryCode) }
}

/**
 * Checks a code from the app, or a recovery code (used up by this), against the account's key.
 * Returns how many recovery codes are left.
 */
export async function checkSecondFactor(payload: Payload, slugs: TwoFactorSlugs, session: Session, input: { code?: unknown; recoveryCode?: unknown }): Promise<Outcome<number>> {
  const record = await readRecord(payload, slugs, session.account.id)
  if (!record.secret) return { ok: false, reason: 'notOn' }
  if (input.recoveryCode !== undefined && input.recoveryCode !== '') {
    const recovery = normalizeRecoveryCode(input.recoveryCode)
    const index = recovery ? findRecoveryCode(recovery, record.recoveryCodes, payload.secret) : -1
    if (index < 0) return { ok: false, reason: 'wrongRecovery' }
    const left = record.recoveryCodes.filter((_, i) => i !== index)
    await write(payload, slugs, session.account.id, { twoFactorRecoveryCodes: left })
    return { ok: true, value: left.length }
  }
  const code = normalizeTotpCode(input.code)
  if (!code) return { ok: false, reason: 'missingCode' }
  const step = matchingStep(record.secret, code, record.lastStep)
  if (step === null) return { ok: false, reason: 'wrongCode' }
  await write(payload, slugs, session.account.id, { twoFactorLastStep: step })
  return { ok: true, value: record.recoveryCodes.length }
}

/** Turns two-factor login off: key, recovery codes and the sessions' marks are gone. */
export async function disableSecondFactor(payload: Payload, slugs: TwoFactorSlugs, session: Session): Promise<void> {
  await write(payload, slugs, session.account.id, {
    twoFactorEnabled: false,
    twoFactorSecret: null,
    twoFactorPendingSecret: null,
    twoFactorRecoveryCodes: [],
    twoFactorLastStep: null,
  })
}

/** How many unused recovery codes the account has. */
export const recoveryCodesLeft = async (payload: Payload, slugs: TwoFactorSlugs, session: Session): Promise<number> => (await readRecord(payload, slugs, session.account.id)).recoveryCodes.length
