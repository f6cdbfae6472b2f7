import { setupWorld } from './helpers/setup'
import { startTestProvider } from './helpers/oidcProvider'
import { PASSWORD } from './helpers/world'
import { freePort } from '../../scripts/lib.mjs'

/**
 * Single sign-on for staff against a real OpenID Connect provider started here: the
 * authorization code flow with PKCE, state and nonce runs end to end (the portal's start
 * endpoint, the provider's login, the portal's callback), and the cookie it sets is Payload's
 * own login, checked through the REST API's access rules as the person.
 */
let ctx: Awaited<ReturnType<typeof setupWorld>>
let idp: Awaited<ReturnType<typeof startTestProvider>>
const CLIENT = { clientId: 'integration-portal', clientSecret: 'a-secret-only-in-the-environment' }
const saved = { ...process.env }

beforeAll(async () => {
  ctx = await setupWorld()
  idp = await startTestProvider({ ...CLIENT, redirectUris: ['town-one', 'town-two'].map((t) => `http://localhost/api/users/sso/${t}/callback`) })
  process.env.OIDC_CLIENT_SECRET_TOWN_ONE = CLIENT.clientSecret
  process.env.OIDC_CLIENT_SECRET_TOWN_TWO = CLIENT.clientSecret
  await setSso(ctx.world.towns.town1, { issuer: idp.issuer, clientId: CLIENT.clientId, providerName: 'Stadt-Login', claim: 'groups', editorValues: ['integration-town-one'], adminValues: ['portal-admins'] })
}, 120000)
afterAll(async () => {
  process.env = saved
  await idp?.stop()
  await ctx?.cleanup()
})

type Sso = { issuer?: string; clientId?: string; providerName?: string; claim?: string; editorValues?: string[]; adminValues?: string[]; mandatory?: boolean }
const setSso = (id: string, sso: Sso) => ctx.payload.update({ collection: 'municipalities', id, data: { sso }, overrideAccess: true, context: { disableRevalidate: true } })

const cookieOf = (headers: Headers, name: string) => {
  for (const c of headers.getSetCookie()) if (c.startsWith(`${name}=`)) return c.slice(name.length + 1).split(';')[0] ?? ''
  return ''
}

/** The browser's way: start at the portal, log in at the provider as `sub`, come back. */
async function signIn(town: string, sub: string) {
  const start = await ctx.api.request('GET', `/users/sso/${town}`)
  expect(start.status).toBe(302)
  const location = start.headers.get('location') ?? ''
  if (!location.startsWith(idp.issuer)) return { start, location, token: '' }
  const state = cookieOf(start.headers, 'payload-sso-state')
  const back = await idp.authorize(location, sub)
  const done = await ctx.api.request('GET', `${back.pathname.replace(/^\/api/, '')}${back.search}`, { headers: { Cookie: `payload-sso-state=${state}` } })
  // Success: a page that moves on to the admin by itself (a same-origin navigation); refusal: back to the login page.
  const onward = done.status === 200 ? /http-equiv="refresh" content="0;url=([^"]+)"/.exec(String(done.body))?.[1] : done.headers.get('location')
  expect([200, 302]).toContain(done.status)
  return { start, location: onward ?? '', token: cookieOf(done.headers, 'payload-token') }
}

// A browser's request of the admin itself (Payload takes the login cookie only from its own origin).
const SAME_ORIGIN = { 'Sec-Fetch-Site': 'same-origin' }
const me = async (cookie: string) => (await ctx.api.request<{ user: { email: string; role: string; tenants?: { municipality: string }[]; sso?: { subject?: string } } | null }>('GET', '/users/me', { cookie, headers: SAME_ORIGIN })).body.user
const account = async (email: string) => (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]

test('a member of the editor group logs in as an editor of the town and works inside it only', async () => {
  idp.accounts.set('anna-sub', { email: 'Anna.Schmidt@town-one.example', email_verified: true, name: 'Anna Schmidt', groups: ['integration-town-one', 'canteen'] })
  const { start, location, token } = await signIn('town-one', 'anna-sub')
  // PKCE, state and nonce are on the way to the provider.
  const auth = new URL(start.headers.get('location') ?? '')
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256')
  expect(auth.searchParams.get('state')).toBeTruthy()
  expect(auth.searchParams.get('nonce')).toBeTruthy()
  expect(auth.searchParams.get('redirect_uri')).toBe('http://localhost/api/users/sso/town-one/callback')
  expect(location).toBe('/admin')
  expect(token).toBeTruthy()

  const user = await me(token)
  expect(user).toMatchObject({ email: 'anna.schmidt@town-one.example', role: 'editor', sso: { subject: 'anna-sub' } })
  expect(user?.tenants?.map((t) => t.municipality)).toEqual([ctx.world.towns.town1])
  // Payload's access rules apply to her like to any editor: her town's drafts, not the other town's.
  expect((await ctx.api.request('GET', `/organizations/${ctx.world.orgs.B}?draft=true`, { cookie: token, headers: SAME_ORIGIN })).status).toBe(200)
  expect((await ctx.api.request('GET', `/organizations/${ctx.world.orgs.D}?draft=true`, { cookie: token, headers: SAME_ORIGIN })).status).toBe(404)
  // Nobody changes the identity through the API, not even the person or an admin.
  const id = String((await account('anna.schmidt@town-one.example'))?.id)
  await ctx.api.request('PATCH', `/users/${id}`, { token: ctx.tokens.admin, json: { sso: { subject: 'someone-else' } } })
  expect((await account('anna.schmidt@town-one.example'))?.sso?.subject).toBe('anna-sub')

  // A second login finds the same account (by issuer and subject), not a new one.
  expect((await signIn('town-one', 'anna-sub')).token).toBeTruthy()
  expect((await ctx.payload.find({ collection: 'users', where: { 'sso.subject': { equals: 'anna-sub' } }, overrideAccess: true })).totalDocs).toBe(1)
  // Her access follows the provider: she cannot log in with a password behind its back.
  await ctx.payload.update({ collection: 'users', id, data: { password: 'a-password-set-somehow' }, overrideAccess: true })
  const refused = await ctx.api.request<{ errors: { message: string }[] }>('POST', '/users/login', { json: { email: 'anna.schmidt@town-one.example', password: 'a-password-set-somehow' }, headers: { 'Accept-Language': 'de' } })
  expect(refused.status).toBe(403)
  expect(refused.body.errors[0]?.message).toBe('Dieses Konto meldet sich über den Anmeldedienst der Kommune an: Nutzen Sie unten „Anmelden mit Stadt-Login“.')
})

test('someone removed from the group at the provider loses access at the next login; the admin group makes an admin', async () => {
  idp.accounts.set('ben-sub', { email: 'ben@town-one.example', name: 'Ben', groups: ['portal-admins'] })
  const first = await signIn('town-one', 'ben-sub')
  expect((await me(first.token))?.role).toBe('admin')

  idp.accounts.set('ben-sub', { email: 'ben@town-one.example', name: 'Ben', groups: ['integration-town-one'] })
  const second = await signIn('town-one', 'ben-sub')
  expect(await me(second.token)).toMatchObject({ role: 'editor', tenants: [{ municipality: ctx.world.towns.town1 }] })

  idp.accounts.set('ben-sub', { email: 'ben@town-one.example', name: 'Ben', groups: ['canteen'] })
  const third = await signIn('town-one', 'ben-sub')
  expect(third.token).toBe('')
  expect(third.location).toBe('/admin/login?sso_error=noGroup&sso_town=town-one')
  // The sessions of earlier logins end too, and the account keeps no role in any town.
  expect(await me(second.token)).toBeNull()
  const ben = await account('ben@town-one.example')
  expect(ben).toMatchObject({ role: 'provider', tenants: [], organizations: [] })
})

test('a wrong issuer, a provider that is down, a foreign state and an unknown town are refused with a reason, never a 500', async () => {
  // The provider calls itself 127.0.0.1; an issuer configured as localhost is not it.
  await setSso(ctx.world.towns.town2, { issuer: idp.issuer.replace('127.0.0.1', 'localhost'), clientId: CLIENT.clientId, editorValues: ['integration-town-two'] })
  idp.accounts.set('cem-sub', { email: 'cem@town-two.example', groups: ['integration-town-two'] })
  const wrong = await signIn('town-two', 'cem-sub')
  expect(wrong.location).toBe('/admin/login?sso_error=issuer&sso_town=town-two')
  expect(await account('cem@town-two.example')).toBeUndefined()

  await setSso(ctx.world.towns.town2, { issuer: `http://127.0.0.1:${await freePort()}`, clientId: CLIENT.clientId, editorValues: ['integration-town-two'] })
  expect((await signIn('town-two', 'cem-sub')).location).toBe('/admin/login?sso_error=unavailable&sso_town=town-two')

  expect((await signIn('no-such-town', 'cem-sub')).location).toBe('/admin/login?sso_error=notConfigured&sso_town=no-such-town')

  // A callback whose state this browser never started (someone else's link) logs nobody in.
  const start = await ctx.api.request('GET', '/users/sso/town-one')
  idp.accounts.set('dora-sub', { email: 'dora@town-one.example', groups: ['integration-town-one'] })
  const back = await idp.authorize(start.headers.get('location') ?? '', 'dora-sub')
  const foreign = await ctx.api.request('GET', `${back.pathname.replace(/^\/api/, '')}${back.search}`, { headers: { Cookie: 'payload-sso-state=not-this-one' } })
  expect(foreign.headers.get('location')).toBe('/admin/login?sso_error=state&sso_town=town-one')
  expect(cookieOf(foreign.headers, 'payload-token')).toBe('')
  expect(await account('dora@town-one.example')).toBeUndefined()

  // An issuer over plain http elsewhere than this machine is refused when it is saved.
  const saveInsecure = await ctx.api.request<{ errors: { data?: { errors?: { message: string }[] } }[] }>('PATCH', `/municipalities/${ctx.world.towns.town2}`, { token: ctx.tokens.admin, json: { sso: { issuer: 'http://login.town-two.example' } }, headers: { 'Accept-Language': 'en' } })
  expect(saveInsecure.status).toBe(400)
  expect(JSON.stringify(saveInsecure.body)).toContain('The issuer must use https')
})

test('only admins set a town’s single sign-on; the public does not see it', async () => {
  const editorTry = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.editor1, json: { sso: { issuer: 'https://evil.example', adminValues: ['me'] } } })
  expect([200, 403]).toContain(editorTry.status)
  const town = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })
  expect(town.sso?.issuer).toBe(idp.issuer)
  expect(town.sso?.adminValues).toEqual(['portal-admins'])
  const anonymous = await ctx.api.request<{ sso?: unknown; name?: string }>('GET', `/municipalities/${ctx.world.towns.town1}`)
  expect(anonymous.body.name).toBe('town-one')
  expect(anonymous.body.sso).toBeUndefined()
  // Settings of the wrong shape are refused with a reason, and nothing is written.
  for (const sso of ['https://login.example', { editorValues: 'one-group' }, { mandatory: 'yes' }, { issuer: ['https://a.example'] }]) {
    const bad = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json: { sso } })
    expect(bad.status).toBe(400)
  }
  expect((await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })).sso?.editorValues).toEqual(['integration-town-one'])
  // The secret is nowhere in what staff read.
  const asAdmin = await ctx.api.request('GET', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin })
  expect(JSON.stringify(asAdmin.body)).not.toContain(CLIENT.clientSecret)
})

test('mandatory single sign-on refuses the password login of that town’s editors only; an existing editor links by e-mail', async () => {
  const login = (email: string) => ctx.api.request<{ errors?: { message: string }[] }>('POST', '/users/login', { json: { email, password: PASSWORD }, headers: { 'Accept-Language': 'en' } })
  const without = await setSso(ctx.world.towns.town1, { mandatory: true, editorValues: [] }).catch((e: Error) => e)
  expect(without).toBeInstanceOf(Error)
  await setSso(ctx.world.towns.town1, { mandatory: true })

  const refused = await login('editor1@test.example')
  expect(refused.status).toBe(403)
  expect(refused.body.errors?.[0]?.message).toBe('Staff of town-one log in with their town account: use “Log in with Stadt-Login” below.')
  // A wrong password still gets the ordinary answer: the refusal tells nothing to a guesser.
  expect((await ctx.api.request('POST', '/users/login', { json: { email: 'editor1@test.example', password: 'wrong-password' } })).status).toBe(401)
  // The other town's editor, the admins and the providers keep their password.
  expect((await login('editor2@test.example')).status).toBe(200)
  expect((await login('admin@test.example')).status).toBe(200)
  expect((await login('provider-a@test.example')).status).toBe(200)

  // The town's editor logs in through the provider instead: the existing account is linked.
  idp.accounts.set('editor1-sub', { email: 'editor1@test.example', email_verified: true, groups: ['integration-town-one'] })
  const linked = await signIn('town-one', 'editor1-sub')
  expect(await me(linked.token)).toMatchObject({ email: 'editor1@test.example', role: 'editor', sso: { subject: 'editor1-sub' } })
  // A provider's account is never taken over by a provider claim with its address.
  idp.accounts.set('imposter-sub', { email: 'provider-a@test.example', email_verified: true, groups: ['integration-town-one'] })
  expect((await signIn('town-one', 'imposter-sub')).location).toBe('/admin/login?sso_error=accountTaken&sso_town=town-one')
  expect((await account('provider-a@test.example'))?.role).toBe('provider')
})

test('where two-factor login is required, a single sign-on session needs no code (the provider checked the person) and is in the audit log', async () => {
  process.env.TWO_FACTOR = 'required'
  try {
    idp.accounts.set('tariq-sub', { email: 'tariq@town-one.example', email_verified: true, name: 'Tariq Haddad', groups: ['integration-town-one'] })
    const { token } = await signIn('town-one', 'tariq-sub')
    // An editor with a password session would now have to set up two-factor login first (tests/integration/totp.test.ts).
    expect(await me(token)).toMatchObject({ email: 'tariq@town-one.example', role: 'editor' })
    const id = String((await account('tariq@town-one.example'))?.id)
    const logged = async () => (await ctx.payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'ssoLogin' } }, { userId: { equals: id } }] }, overrideAccess: true })).totalDocs
    // The entry is written after the response.
    for (let i = 0; i < 50 && (await logged()) === 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect(await logged()).toBe(1)
  } finally {
    delete process.env.TWO_FACTOR
  }
})
