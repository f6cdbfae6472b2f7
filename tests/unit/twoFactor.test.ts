import { Secret, TOTP } from 'otpauth'
import { formatRecoveryCode, normalizeRecoveryCode, normalizeTotpCode, recoveryCodeFrom, RECOVERY_ALPHABET, TOTP_PARAMS, twoFactorMode } from '@shared/twoFactor'
import { findRecoveryCode, hashRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from '@cms/auth/totp/crypto'
import { matchingStep, newTotpSecret } from '@cms/auth/totp/totp'
import { afterSecondStep } from '@cms/auth/totp/paths'
import { TWO_FACTOR_TEXTS } from '@cms/auth/totp/texts'

describe('the mode', () => {
  test('required in production, optional in the demo and in development; TWO_FACTOR decides outright', () => {
    expect(twoFactorMode({ NODE_ENV: 'production' })).toBe('required')
    expect(twoFactorMode({ NODE_ENV: 'production', DEMO: 'true' })).toBe('optional')
    expect(twoFactorMode({ NODE_ENV: 'development' })).toBe('optional')
    expect(twoFactorMode({ NODE_ENV: 'test' })).toBe('optional')
    expect(twoFactorMode({ NODE_ENV: 'production', TWO_FACTOR: 'optional' })).toBe('optional')
    expect(twoFactorMode({ NODE_ENV: 'production', DEMO: 'true', TWO_FACTOR: 'required' })).toBe('required')
    expect(() => twoFactorMode({ TWO_FACTOR: 'yes' })).toThrow(/TWO_FACTOR must be/)
  })
})

describe('what people type', () => {
  test('codes with spaces or a dash are read as their six digits; anything else is no code', () => {
    expect(normalizeTotpCode('123 456')).toBe('123456')
    expect(normalizeTotpCode('123-456')).toBe('123456')
    expect(normalizeTotpCode(12345)).toBeNull()
    for (const bad of ['12345', '1234567', 'abcdef', '١٢٣٤٥٦', '', null, undefined, {}, ['123456']]) expect(normalizeTotpCode(bad)).toBeNull()
  })

  test('recovery codes: ten letters of an alphabet without look-alikes, typed in any case, with or without the dash', () => {
    const code = recoveryCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 30]))
    expect(code).toBe('ABCDEFGHJ9')
    expect(formatRecoveryCode(code)).toBe('ABCDE-FGHJ9')
    expect(normalizeRecoveryCode('abcde-fghj9')).toBe(code)
    expect(normalizeRecoveryCode('ABCDE FGHJ9')).toBe(code)
    for (const bad of ['ABCDE-FGHJ0', 'ABCDE-FGHI9', 'ABCD', 42, null]) expect(normalizeRecoveryCode(bad)).toBeNull()
    for (const c of 'O0I1L') expect(RECOVERY_ALPHABET).not.toContain(c)
    const fresh = newRecoveryCodes()
    expect(new Set(fresh).size).toBe(10)
    for (const c of fresh) expect(normalizeRecoveryCode(c)).toBe(c)
  })
})

describe('at rest', () => {
  test('the key is sealed: readable with the installation secret only, and tampering is noticed', () => {
    const key = newTotpSecret()
    const sealed = sealSecret(key, 'installation-secret')
    expect(sealed).not.toContain(key)
    expect(sealSecret(key, 'installation-secret')).not.toBe(sealed)
    expect(openSecret(sealed, 'installation-secret')).toBe(key)
    expect(openSecret(sealed, 'another-secret')).toBeNull()
    const parts = sealed.split('.')
    parts[3] = Buffer.from('tampered').toString('base64url')
    expect(openSecret(parts.join('.'), 'installation-secret')).toBeNull()
    for (const bad of ['', null, undefined, 'v2.a.b.c', key]) expect(openSecret(bad, 'installation-secret')).toBeNull()
  })

  test('recovery codes are kept as keyed hashes and found again', () => {
    const codes = ['ABCDEFGHJK', 'MNPQRSTUVW']
    const hashes = codes.map((c) => hashRecoveryCode(c, 's'))
    expect(hashes.join()).not.toContain('ABCDE')
    expect(findRecoveryCode('MNPQRSTUVW', hashes, 's')).toBe(1)
    expect(findRecoveryCode('MNPQRSTUVW', hashes, 'other')).toBe(-1)
    expect(findRecoveryCode('XXXXXXXXXX', hashes, 's')).toBe(-1)
  })
})

describe('codes', () => {
  const key = newTotpSecret()
  const app = new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(key) })
  const now = 1_790_000_000_000
  const step = Math.floor(now / 30_000)

  test('the current code, and one step before or after (a phone clock 30 s off), are accepted', () => {
    expect(matchingStep(key, app.generate({ timestamp: now }), null, now)).toBe(step)
    expect(matchingStep(key, app.generate({ timestamp: now - 30_000 }), null, now)).toBe(step - 1)
    expect(matchingStep(key, app.generate({ timestamp: now + 30_000 }), null, now)).toBe(step + 1)
    expect(matchingStep(key, app.generate({ timestamp: now - 90_000 }), null, now)).toBeNull()
  })

  test('a code is used up: its step and earlier ones are refused', () => {
    const code = app.generate({ timestamp: now })
    expect(matchingStep(key, code, step, now)).toBeNull()
    expect(matchingStep(key, code, step - 1, now)).toBe(step)
    expect(matchingStep(key, app.generate({ timestamp: now - 30_000 }), step, now)).toBeNull()
  })
})

test('after the code, the login goes only to an address inside the admin', () => {
  expect(afterSecondStep('/admin/collections/services', '/admin')).toBe('/admin/collections/services')
  expect(afterSecondStep('/admin?x=1', '/admin')).toBe('/admin?x=1')
  for (const bad of ['https://evil.example/admin', '//evil.example', '/administrator', '/admin\\..\\x', undefined, ['/admin']]) expect(afterSecondStep(bad, '/admin')).toBe('/admin')
})

test('every text of two-factor login is there in every admin language, and translated', () => {
  const { en, ...others } = TWO_FACTOR_TEXTS
  for (const [language, texts] of Object.entries(others)) {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort())
    for (const [key, value] of Object.entries(texts)) {
      expect(value.trim()).not.toBe('')
      expect(`${language} ${key}: ${value}`).not.toBe(`${language} ${key}: ${Reflect.get(en, key)}`)
    }
  }
})
