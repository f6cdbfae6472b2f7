import { Secret, TOTP } from 'otpauth'
import type { Browser, Page } from 'playwright-core'
import { TOTP_PARAMS } from '@shared/twoFactor'
import { twoFactorText } from '@cms/auth/totp/texts'
import { demoPassword } from '@cms/seed/demoLogins'
import { adminLogIn, api, apiToken, shootStep, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/**
 * Two-factor login as an editor meets it, in the Arabic admin (right to left): from the account
 * page to the setup, the QR code and the key as text (the "scan" here reads the key off the
 * page), a wrong code and its reason, the right code and the recovery codes shown once; then
 * logging out and in again: the password leads to the code, the code into the admin. Screenshots
 * of each step at 1280 px and 390 px go to tests/.artifacts/journeys/totp/. The demo does not
 * require two-factor login, so the editor turns it off again at the end (the demo's logins stay
 * password-only for the other tests).
 */
const EDITOR = 'editor@schmalkalden-meiningen.example.org'
const ar = (key: Parameters<typeof twoFactorText>[1]) => twoFactorText('ar', key)
/** The app's code for the next 30-second step: a code already used (at the setup) is refused. */
const nextCode = (secret: string) => new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + 30_000 })

let browser: Browser
let recoveryCodes: string[] = []
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  // Back to the password alone: a pending API login passes with one recovery code and turns it off with another.
  if (recoveryCodes.length >= 2) {
    const token = await apiToken(EDITOR)
    await api(token, 'POST', 'users/two-factor/verify', { recoveryCode: recoveryCodes[0] })
    await api(token, 'POST', 'users/two-factor/disable', { recoveryCode: recoveryCodes[1] })
  }
  await browser?.close()
})

const shoot = (page: Page, step: string) => shootStep(page, 'totp', step)

test('an editor sets up two-factor login in the Arabic admin, logs out, and logs in with password and code', async () => {
  const page = await adminLogIn(browser, EDITOR)
  await useAdminLanguage(page, 'ar')

  // The account page says it is off and leads to the setup.
  await page.goto(`${BASE_URL}/admin/account`)
  await page.getByText(ar('isOff')).waitFor()
  await page.getByRole('link', { name: ar('setUp') }).click()
  await page.waitForURL(/\/admin\/two-factor$/)
  await page.getByRole('heading', { name: ar('title'), level: 1 }).waitFor()
  expect((await page.locator('html').getAttribute('dir'))?.toLowerCase()).toBe('rtl')
  const qr = page.getByRole('img', { name: ar('qrAlt') })
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  // The key reads left to right inside the Arabic page.
  const key = page.locator('#two-factor-secret')
  expect(await key.getAttribute('dir')).toBe('ltr')
  const secret = (await key.innerText()).replace(/\s/g, '')
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await shoot(page, '1-setup')

  // A wrong code: the reason in Arabic, nothing switched on.
  const code = page.getByLabel(ar('codeLabel'))
  await code.fill(nextCode(secret) === '000000' ? '111111' : '000000')
  await page.getByRole('button', { name: ar('turnOn') }).click()
  await page.getByRole('alert').filter({ hasText: ar('wrongCode') }).waitFor()
  await shoot(page, '2-wrong-code')

  await code.fill(new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) }).generate())
  await page.getByRole('button', { name: ar('turnOn') }).click()
  await page.getByRole('heading', { name: ar('recoveryTitle') }).waitFor()
  recoveryCodes = await page.locator('.two-factor__recovery-codes li').allInnerTexts()
  expect(recoveryCodes).toHaveLength(10)
  for (const c of recoveryCodes) expect(c.trim()).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
  await shoot(page, '3-recovery-codes')
  await page.getByRole('link', { name: ar('continue') }).click()
  await page.waitForURL(/\/admin\/?$/)

  // Logged out and in again: the password alone leads to the code, not into the admin.
  await page.goto(`${BASE_URL}/admin/logout`)
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(EDITOR)
  await page.locator('#field-password').fill(demoPassword())
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL(/\/admin\/two-factor/, { timeout: 30000 })
  await page.getByRole('heading', { name: ar('verifyTitle'), level: 1 }).waitFor()
  expect((await page.locator('html').getAttribute('dir'))?.toLowerCase()).toBe('rtl')
  // Meanwhile the admin's pages send the pending login back to the code.
  await page.goto(`${BASE_URL}/admin/collections/services`)
  await page.waitForURL(/\/admin\/two-factor/)
  await page.getByLabel(ar('codeLabel')).waitFor()
  await shoot(page, '4-code')

  await page.getByLabel(ar('codeLabel')).fill(nextCode(secret))
  await page.getByRole('button', { name: ar('verify') }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/two-factor'), { timeout: 30000 })
  expect(new URL(page.url()).pathname).toBe('/admin/collections/services')
  await page.locator('nav').first().waitFor()
  await shoot(page, '5-in')

  // The account page says it is on now.
  await page.goto(`${BASE_URL}/admin/account`)
  await page.getByText(ar('isOn')).waitFor()
  await page.context().close()
})
