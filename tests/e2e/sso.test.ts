import type { Browser, Page } from 'playwright-core'
import { ssoText } from '@cms/auth/oidc/texts'
import { startTestProvider } from '../integration/helpers/oidcProvider'
import { api, apiToken } from './helpers/admin'
import { BASE_URL, launch } from './helpers/browser'

/**
 * An editor logs in through the district's identity provider, in a real browser: the button on
 * the German login page, the provider (a real OpenID Connect provider started here), back to the
 * admin logged in as an editor of the district. Someone without the group sees why on the login
 * page. The server knows the client secret from its environment (scripts/test.mjs).
 */
const TOWN = 'schmalkalden-meiningen'
const CLIENT = { clientId: 'portal-e2e', clientSecret: 'e2e-test-provider-client' }
let browser: Browser
let idp: Awaited<ReturnType<typeof startTestProvider>>
let admin = ''
let townId = ''

beforeAll(async () => {
  browser = await launch()
  idp = await startTestProvider({ ...CLIENT, redirectUris: [`${BASE_URL}/api/users/sso/${TOWN}/callback`] })
  admin = await apiToken('admin@example.org')
  const found = await api(admin, 'GET', `municipalities?where[slug][equals]=${TOWN}&depth=0`)
  townId = String((found.json.docs as { id: string }[])[0]?.id)
  const set = await api(admin, 'PATCH', `municipalities/${townId}`, { sso: { issuer: idp.issuer, clientId: CLIENT.clientId, providerName: 'Landkreis-Login', claim: 'groups', editorValues: ['integration-sm'] } })
  expect(set.status).toBe(200)
}, 60000)
afterAll(async () => {
  // The other browser tests share this server: the district goes back to password logins only.
  if (townId) await api(admin, 'PATCH', `municipalities/${townId}`, { sso: { issuer: null, clientId: null, providerName: null, editorValues: [] } })
  await idp?.stop()
  await browser?.close()
})

async function germanLoginPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/admin/login`)
  return page
}

test('an editor logs in with the district’s provider and lands in the admin as its editor', async () => {
  idp.accounts.set('sso-e2e-editor', { email: 'sso-editor@lk-sm.example.org', email_verified: true, name: 'Sina Roth', groups: ['integration-sm'] })
  idp.loginAs('sso-e2e-editor')
  const page = await germanLoginPage()
  await page.getByRole('link', { name: 'Anmelden mit Landkreis-Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30000 })
  // Logged in: the admin's own requests carry the cookie (same origin), and the account is the district's editor.
  const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string; role: string; tenants: { municipality: string }[] } | null })
  expect(me.user).toMatchObject({ email: 'sso-editor@lk-sm.example.org', role: 'editor', tenants: [{ municipality: townId }] })
  await page.context().close()
})

test('someone without the group comes back to the login page and reads why, in German', async () => {
  idp.accounts.set('sso-e2e-outsider', { email: 'outsider@lk-sm.example.org', groups: ['canteen'] })
  idp.loginAs('sso-e2e-outsider')
  const page = await germanLoginPage()
  await page.getByRole('link', { name: 'Anmelden mit Landkreis-Login' }).click()
  await page.waitForURL((url) => url.searchParams.get('sso_error') === 'noGroup', { timeout: 30000 })
  // Waits for it (isVisible would not): found by its role and its German words, or the test fails.
  await page.getByRole('alert').filter({ hasText: ssoText('de', 'error.noGroup') }).waitFor({ state: 'visible', timeout: 15000 })
  // The password form is still there beside it.
  expect(await page.getByLabel(/^E-Mail/).count()).toBeGreaterThan(0)
  await page.context().close()
})
