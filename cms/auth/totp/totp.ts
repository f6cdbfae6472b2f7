import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import { TOTP_PARAMS, TOTP_WINDOW } from '@shared/twoFactor'

/** The name authenticator apps list the account under (`TWO_FACTOR_ISSUER`, default "Integrationsportal"). */
export const issuerName = (): string => process.env.TWO_FACTOR_ISSUER?.trim() || 'Integrationsportal'

/** 160 random bits, the size RFC 4226 recommends, as the base32 text apps take. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

const totpOf = (secret: string, label = '') => new TOTP({ ...TOTP_PARAMS, issuer: issuerName(), label, secret: Secret.fromBase32(secret) })

/** The `otpauth://` address the QR code holds. */
export const totpUri = (secret: string, label: string): string => totpOf(secret, label).toString()

const stepAt = (timestamp: number) => Math.floor(timestamp / 1000 / TOTP_PARAMS.period)

/**
 * The time step `code` belongs to, within one step of now, or null. A step at or before
 * `lastStep` is refused too: a code seen once (over a shoulder, in a proxy log) is used up.
 */
export function matchingStep(secret: string, code: string, lastStep: number | null | undefined, timestamp = Date.now()): number | null {
  const delta = totpOf(secret).validate({ token: code, window: TOTP_WINDOW, timestamp })
  if (delta === null) return null
  const step = stepAt(timestamp) + delta
  return typeof lastStep === 'number' && step <= lastStep ? null : step
}

/** The QR code as an SVG data URL: drawn on the server, nothing asked of any other host. */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
