import type { Browser, Page } from 'playwright-core'
import { invitationText } from '@cms/collections/Users/invitationTexts'
import { adminLogIn, shootStep, useAdminLanguage } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'
import { mailAvailable, waitForSentMail } from './helpers/mail'

/**
 * Invitations instead of shared passwords, as people do it: the editor invites a counsellor
 * from the list of accounts; the e-mail arrives at the server's SMTP server; the counsellor
 * opens the link, chooses a password, and is in the admin with her organisation's entries.
 * The editor works in German and writes the invitation in Arabic, the counsellor's language:
 * the e-mail, the welcome and her admin are Arabic (right to left). Screenshots of each step go
 * to tests/.artifacts/journeys/invitation/ (1280 px and 390 px).
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => browser?.close())

const shoot = (page: Page, step: string) => shootStep(page, 'invitation', step)

const invitedIt = mailAvailable ? test : test.skip

invitedIt('an editor invites a counsellor, who sets her own password from the e-mail and logs in', async () => {
  const email = `counsellor-${Date.now()}@vhs-eisenach.example.org`
  const editor = await adminLogIn(browser, 'editor@eisenach.example.org')
  // The editor works in German (Payload's language cookie, as the account menu sets it).
  await useAdminLanguage(editor, 'de')
  await editor.goto(`${BASE_URL}/admin/collections/users`)
  await editor.getByText('Person einladen').click()
  await editor.getByLabel('E-Mail-Adresse').fill(email)
  await editor.getByLabel('Name', { exact: true }).fill('Nadia Haddad')
  const organisations = editor.getByLabel('Organisationen')
  await organisations.locator('option', { hasText: 'Volkshochschule Eisenach' }).waitFor({ state: 'attached', timeout: 30000 })
  await organisations.selectOption({ label: 'Volkshochschule Eisenach' })
  await editor.getByLabel('Sprache der E-Mail').selectOption('ar')
  await shoot(editor, '1-form')
  await editor.getByRole('button', { name: 'Einladung senden' }).click()
  await editor.getByRole('status').filter({ hasText: `Einladung an ${email} verschickt` }).waitFor({ timeout: 30000 })
  await shoot(editor, '2-sent')
  await editor.context().close()

  const mail = await waitForSentMail((m) => m.to.includes(email))
  expect(mail.subject).toBe(invitationText('ar', 'subject'))
  expect(mail.text).toContain('Volkshochschule Eisenach')
  const link = /(https?:\/\/\S+\/admin\/invite\/\w+\?language=ar)/.exec(mail.text)?.[1]
  expect(link).toBeTruthy()
  // Without SERVER_URL (the demo) the link names the server as it knows itself (localhost);
  // opened on the address the tests use, so that the login cookie holds there.
  const { pathname, search } = new URL(String(link))
  const path = `${pathname}${search}`

  // The counsellor, in a browser of her own that asks for Arabic.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' })
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  // A welcome in her language (the one the e-mail was written in), not Payload's "Reset password".
  await page.getByRole('heading', { name: invitationText('ar', 'welcomeTitle') }).waitFor()
  expect(await page.locator('[dir="rtl"]').count()).toBeGreaterThan(0)
  await page.locator('input[name="password"]').fill('Nadias-eigenes-Passwort-2026')
  await page.locator('input[name="confirm-password"]').fill('Nadias-eigenes-Passwort-2026')
  await shoot(page, '3-choose-password')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/invite/') && !url.pathname.startsWith('/admin/login'), { timeout: 30000 })
  await page.goto(`${BASE_URL}/admin/collections/organizations`)
  await page.waitForSelector('table tbody tr', { timeout: 30000 })
  const rows = await page.locator('table tbody tr').allTextContents()
  expect(rows).toHaveLength(1)
  expect(rows[0]).toContain('Volkshochschule Eisenach')
  await shoot(page, '4-her-organisation')
  await context.close()
})
