import { jest } from '@jest/globals'
import type { User } from '@cms/payload-types'
import { Secret, TOTP } from 'otpauth'
import { TOTP_PARAMS } from '@shared/twoFactor'
import { twoFactorText } from '@cms/auth/totp/texts'
import { graphqlClient, listQueryName } from '../security/helpers/graphql'
import { setupWorld } from './helpers/setup'
import { PASSWORD } from './helpers/world'

/**
 * Two-factor login as a client meets it: real Payload, real REST and GraphQL handlers, codes
 * computed by otpauth at the test's clock (moved forward in 30-second steps, as a phone's app
 * shows a new code). A password login whose code is missing is nobody to the API.
 */
let ctx: Awaited<ReturnType<typeof setupWorld>>
const saved = { NODE_ENV: process.env.NODE_ENV, DEMO: process.env.DEMO, TWO_FACTOR: process.env.TWO_FACTOR }
beforeAll(async () => {
  ctx = await setupWorld()
  // Only Date is faked: the clock moves when a test says so (a new TOTP step), timers run as usual.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'], now: Date.now() })
}, 120000)
afterAll(async () => {
  jest.useRealTimers()
  await ctx?.cleanup()
})
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) Reflect.deleteProperty(process.env, key)
    else Object.assign(process.env, { [key]: value })
  }
})

/** The next 30-second step: the app shows a new code. */
const nextStep = () => jest.setSystemTime(Date.now() + 30_000)
const codeOf = (secret: string) => new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() })
/** A code that is certainly not the current one (nor one step off). */
const wrongCodeOf = (secret: string) => {
  const totp = new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) })
  const near = [-30_000, 0, 30_000].map((d) => totp.generate({ timestamp: Date.now() + d }))
  let n = 0
  while (near.includes(String(n).padStart(6, '0'))) n++
  return String(n).padStart(6, '0')
}

type Errors = { errors?: { message: string }[] }
type Status = { state: string; enabled: boolean; required: boolean; recoveryCodesLeft?: number }
const EN = { 'Accept-Language': 'en' }
const post = <T = Errors & { message?: string }>(path: string, token: string | undefined, json: Record<string, unknown> = {}) => ctx.api.request<T & Errors>('POST', `/users/two-factor${path}`, { token, json, headers: EN })
const status = (token: string) => ctx.api.request<Status>('GET', '/users/two-factor', { token })

async function login(email: string): Promise<{ token: string; user: Record<string, unknown>; text: string }> {
  const res = await ctx.api.request<{ token?: string; user?: Record<string, unknown> }>('POST', '/users/login', { json: { email, password: PASSWORD } })
  expect(res.status).toBe(200)
  return { token: String(res.body.token), user: res.body.user ?? {}, text: JSON.stringify(res.body) }
}

/** Enrols the account of `token` (setup, confirm); the key and the recovery codes. */
async function enrol(token: string) {
  const setup = await post<{ secret: string; uri: string; qr: string }>('/setup', token)
  expect(setup.status).toBe(200)
  const confirm = await post<{ recoveryCodes: string[] }>('/confirm', token, { code: codeOf(setup.body.secret) })
  expect(confirm.status).toBe(200)
  return { secret: setup.body.secret, recoveryCodes: confirm.body.recoveryCodes, setup: setup.body }
}

/** What a session may do with staff data: list accounts, read a draft, change an organisation. */
async function staffAccess(token: string) {
  const users = await ctx.api.request<{ docs?: unknown[] }>('GET', '/users', { token })
  const draft = await ctx.api.request<{ docs?: { slug: string }[] }>('GET', '/organizations?draft=true&limit=50', { token })
  const write = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.A}`, { token, json: { name: `changed ${Date.now()}` } })
  const me = await ctx.api.request<{ user: unknown }>('GET', '/users/me', { token })
  return { users: users.status, drafts: (draft.body.docs ?? []).some((d) => d.slug === 'org-b'), write: write.status, me: me.body.user !== null }
}

let editor1: { secret: string; recoveryCodes: string[] }

test('an editor enrols: a key as QR code and text, a wrong code is refused with a reason, a right one turns it on with ten recovery codes', async () => {
  const { token } = await login('editor1@test.example')
  expect((await status(token)).body).toMatchObject({ state: 'done', enabled: false, required: false })
  const setup = await post<{ secret: string; uri: string; qr: string }>('/setup', token)
  expect(setup.status).toBe(200)
  expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/)
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Integrationsportal:editor1%40test\.example\?.*secret=/)
  // The QR code is drawn here: an SVG data URL, no request to anyone.
  expect(setup.body.qr).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(Buffer.from(setup.body.qr.split(',')[1] ?? '', 'base64').toString()).toContain('<svg')

  const wrong = await post('/confirm', token, { code: wrongCodeOf(setup.body.secret) })
  expect(wrong.status).toBe(400)
  expect(wrong.body.errors?.[0]?.message).toBe(twoFactorText('en', 'wrongCode'))
  const empty = await post('/confirm', token, { code: 'abc' })
  expect(empty.status).toBe(400)
  expect(empty.body.errors?.[0]?.message).toBe(twoFactorText('en', 'missingCode'))
  expect((await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.editor1, depth: 0 })).twoFactorEnabled).toBeFalsy()

  const confirm = await post<{ recoveryCodes: string[] }>('/confirm', token, { code: codeOf(setup.body.secret) })
  expect(confirm.status).toBe(200)
  expect(confirm.body.recoveryCodes).toHaveLength(10)
  for (const c of confirm.body.recoveryCodes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/)
  editor1 = { secret: setup.body.secret, recoveryCodes: confirm.body.recoveryCodes }
  // The session that enrolled goes on; the account is on now.
  expect(await staffAccess(token)).toMatchObject({ users: 200, drafts: true, me: true })
  expect((await status(token)).body).toMatchObject({ state: 'done', enabled: true, recoveryCodesLeft: 10 })

  // At rest: the key sealed, the recovery codes as hashes only.
  const row = await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: ctx.world.users.editor1 } } })
  expect(String(row?.twoFactorSecret)).toMatch(/^v1\./)
  const stored = JSON.stringify(row)
  expect(stored).not.toContain(setup.body.secret)
  for (const c of confirm.body.recoveryCodes) expect(stored).not.toContain(c.replace('-', ''))
})

test('a password login then needs the code: until it is given the session reads and writes no staff data (REST and GraphQL)', async () => {
  const { token, user } = await login('editor1@test.example')
  // The login answer says a code is due; the token alone opens nothing.
  expect(user.twoFactorEnabled).toBe(true)
  expect((await status(token)).body).toMatchObject({ state: 'code', enabled: true })
  const before = await ctx.payload.findByID({ collection: 'organizations', id: ctx.world.orgs.A, depth: 0 })
  expect(await staffAccess(token)).toEqual({ users: 403, drafts: false, write: 403, me: false })
  expect((await ctx.payload.findByID({ collection: 'organizations', id: ctx.world.orgs.A, depth: 0 })).name).toBe(before.name)
  const gql = await graphqlClient(ctx.payload.config)
  const listed = await gql(`{ ${await listQueryName('users')} { docs { email } } }`, token)
  expect(listed.text).not.toContain('editor1@test.example')
  const mutation = await gql(`mutation { updateOrganization(id: "${ctx.world.orgs.A}", data: { name: "by GraphQL" }) { name } }`, token)
  expect(mutation.body.errors?.length).toBeGreaterThan(0)
  // Neither does the admin: canUseAdmin sees nobody.
  expect((await ctx.api.request('GET', '/users/me', { token })).body).toMatchObject({ user: null })

  const wrong = await post('/verify', token, { code: wrongCodeOf(editor1.secret) })
  expect(wrong.status).toBe(401)
  expect(wrong.body.errors?.[0]?.message).toBe(twoFactorText('en', 'wrongCode'))
  nextStep()
  const right = await post<{ recoveryCodesLeft: number }>('/verify', token, { code: codeOf(editor1.secret) })
  expect(right.status).toBe(200)
  expect(right.body.recoveryCodesLeft).toBe(10)
  expect(await staffAccess(token)).toMatchObject({ users: 200, drafts: true, write: 200, me: true })

  // A code works once: the same code for another login (seen over a shoulder) is refused.
  const again = await login('editor1@test.example')
  expect((await post('/verify', again.token, { code: codeOf(editor1.secret) })).status).toBe(401)
  nextStep()
  expect((await post('/verify', again.token, { code: codeOf(editor1.secret) })).status).toBe(200)
})

test('a recovery code logs in once, typed in any case and without the dash', async () => {
  const first = await login('editor1@test.example')
  const [a, b] = editor1.recoveryCodes
  const used = await post<{ recoveryCodesLeft: number }>('/verify', first.token, { recoveryCode: a })
  expect(used.status).toBe(200)
  expect(used.body.recoveryCodesLeft).toBe(9)
  const second = await login('editor1@test.example')
  const twice = await post('/verify', second.token, { recoveryCode: a })
  expect(twice.status).toBe(401)
  expect(twice.body.errors?.[0]?.message).toBe(twoFactorText('en', 'wrongRecovery'))
  expect((await post('/verify', second.token, { recoveryCode: String(b).replace('-', '').toLowerCase() })).status).toBe(200)
  expect(await staffAccess(second.token)).toMatchObject({ users: 200 })
})

test('wrong codes are throttled like passwords: 429 with Retry-After and a message, also for the right code then', async () => {
  // An account of its own: the world's admin token stays usable for the other tests.
  await ctx.payload.create({ collection: 'users', data: { email: 'admin2@test.example', password: PASSWORD, role: 'admin' } })
  const { token: first } = await login('admin2@test.example')
  const admin = await enrol(first)
  const { token } = await login('admin2@test.example')
  for (let i = 0; i < 5; i++) expect((await post('/verify', token, { code: wrongCodeOf(admin.secret) })).status).toBe(401)
  nextStep()
  const limited = await post('/verify', token, { code: codeOf(admin.secret) })
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(limited.body.errors?.[0]?.message).toMatch(/Too many attempts/)
  expect(await staffAccess(token)).toMatchObject({ users: 403 })
})

test('the key, the recovery codes and the sessions are in no API answer, no token, and nobody can set them', async () => {
  const { token, text: loginAnswer } = await login('editor1@test.example')
  nextStep()
  expect((await post('/verify', token, { code: codeOf(editor1.secret) })).status).toBe(200)
  const row = await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: ctx.world.users.editor1 } } })
  const secrets = [editor1.secret, String(row?.twoFactorSecret), ...editor1.recoveryCodes]
  const id = ctx.world.users.editor1
  const gql = await graphqlClient(ctx.payload.config)
  const answers = [
    loginAnswer,
    JSON.stringify((await ctx.api.request('GET', '/users/me', { token })).body),
    JSON.stringify((await ctx.api.request('GET', `/users/${id}?depth=2`, { token: ctx.tokens.admin })).body),
    JSON.stringify((await ctx.api.request('GET', `/users?depth=2&limit=100`, { token: ctx.tokens.admin })).body),
    JSON.stringify((await ctx.api.request('GET', `/users/${id}?select[twoFactorSecret]=true&select[twoFactorSessions]=true`, { token: ctx.tokens.admin })).body),
    JSON.stringify((await ctx.api.request('GET', '/users/two-factor', { token })).body),
    (await gql(`{ ${await listQueryName('users')} { docs { email twoFactorEnabled twoFactorSessions } } }`, ctx.tokens.admin)).text,
    (await gql(`{ ${await listQueryName('users')} { docs { twoFactorSecret } } }`, ctx.tokens.admin)).text,
  ]
  for (const answer of answers) {
    for (const secret of secrets) expect(answer).not.toContain(secret)
    // GraphQL's schema names every field; their values are null to everyone.
    expect(answer).not.toMatch(/"twoFactor(Secret|PendingSecret|RecoveryCodes|LastStep|Sessions)"\s*:\s*(?!null)/)
  }
  // Nor in the token (its claims are readable by anyone who holds it).
  const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
  expect(Object.keys(claims as object).filter((k) => k.startsWith('twoFactor'))).toEqual([])
  // Nobody writes them through the API, not even an admin.
  await ctx.api.request('PATCH', `/users/${id}`, { token: ctx.tokens.admin, json: { twoFactorEnabled: false, twoFactorSecret: 'x', twoFactorSessions: ['forged'], twoFactorRecoveryCodes: [] } })
  const after = await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })
  expect(after).toMatchObject({ twoFactorEnabled: true, twoFactorSecret: row?.twoFactorSecret, twoFactorRecoveryCodes: row?.twoFactorRecoveryCodes })
})

test('in production an editor cannot skip enrolment; providers only where their town asks; the demo does not enforce it', async () => {
  Object.assign(process.env, { NODE_ENV: 'production' })
  Reflect.deleteProperty(process.env, 'DEMO')
  Reflect.deleteProperty(process.env, 'TWO_FACTOR')
  const { token } = await login('editor2@test.example')
  expect((await status(token)).body).toMatchObject({ state: 'enrol', enabled: false, required: true })
  expect(await staffAccess(token)).toEqual({ users: 403, drafts: false, write: 403, me: false })
  const skip = await post('/verify', token, { code: '123456' })
  expect(skip.status).toBe(400)
  expect(skip.body.errors?.[0]?.message).toBe(twoFactorText('en', 'setupFirst'))
  const editor2 = await enrol(token)
  expect(await staffAccess(token)).toMatchObject({ users: 200, me: true })
  // Required: it cannot be turned off.
  nextStep()
  const off = await post('/disable', token, { code: codeOf(editor2.secret) })
  expect(off.status).toBe(400)
  expect(off.body.errors?.[0]?.message).toBe(twoFactorText('en', 'required'))

  // Providers: only where their town says so.
  const provider = await login('provider-a@test.example')
  expect((await status(provider.token)).body).toMatchObject({ state: 'done', required: false })
  expect(await staffAccess(provider.token)).toMatchObject({ me: true })
  await ctx.payload.update({ collection: 'municipalities', id: ctx.world.towns.town1, data: { requireTwoFactorForProviders: true }, context: { disableRevalidate: true } })
  const asked = await login('provider-a@test.example')
  expect((await status(asked.token)).body).toMatchObject({ state: 'enrol', required: true })
  expect(await staffAccess(asked.token)).toMatchObject({ me: false })
  // The other town does not ask.
  expect((await status((await login('provider-c@test.example')).token)).body).toMatchObject({ state: 'done' })
  await ctx.payload.update({ collection: 'municipalities', id: ctx.world.towns.town1, data: { requireTwoFactorForProviders: false }, context: { disableRevalidate: true } })

  // The demo (DEMO=true) offers it without enforcing it: the README's logins work with the password alone.
  await ctx.payload.create({ collection: 'users', data: { email: 'demo-editor@test.example', password: PASSWORD, role: 'editor', tenants: [{ municipality: ctx.world.towns.town1 }] } })
  Object.assign(process.env, { DEMO: 'true' })
  const demo = await login('demo-editor@test.example')
  expect((await status(demo.token)).body).toMatchObject({ state: 'done', required: false })
  expect(await staffAccess(demo.token)).toMatchObject({ users: 200, me: true })
  // …and an operator can say so outright (TWO_FACTOR=optional), or require it in any mode.
  Object.assign(process.env, { DEMO: '', TWO_FACTOR: 'optional' })
  expect((await status((await login('demo-editor@test.example')).token)).body).toMatchObject({ state: 'done' })
  Object.assign(process.env, { DEMO: 'true', TWO_FACTOR: 'required' })
  expect((await status((await login('demo-editor@test.example')).token)).body).toMatchObject({ state: 'enrol' })
})

test('turning it off needs a current code; cancelling a pending login ends that session', async () => {
  const { token } = await login('editor1@test.example')
  const cancel = await post('/cancel', token)
  expect(cancel.status).toBe(200)
  // The browser drops the login cookie: empty, and expired already.
  const cookie = String(cancel.headers.get('set-cookie'))
  expect(cookie).toMatch(/^payload-token=;/)
  expect(new Date(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '').getTime()).toBeLessThanOrEqual(Date.now())
  nextStep()
  // The session is gone: even the right code no longer opens it.
  expect((await post('/verify', token, { code: codeOf(editor1.secret) })).status).toBe(401)

  const full = await login('editor1@test.example')
  expect((await post('/verify', full.token, { code: codeOf(editor1.secret) })).status).toBe(200)
  const wrong = await post('/disable', full.token, { code: wrongCodeOf(editor1.secret) })
  expect(wrong.status).toBe(400)
  expect(wrong.body.errors?.[0]?.message).toBe(twoFactorText('en', 'wrongCode'))
  nextStep()
  const off = await post('/disable', full.token, { code: codeOf(editor1.secret) })
  expect(off.status).toBe(200)
  const row = await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: ctx.world.users.editor1 } } })
  expect(row).toMatchObject({ twoFactorEnabled: false, twoFactorSecret: null, twoFactorRecoveryCodes: [] })
  // The password alone works again (not required outside production).
  expect(await staffAccess((await login('editor1@test.example')).token)).toMatchObject({ users: 200, me: true })
})

test('anonymous requests get a reason, not a crash', async () => {
  for (const path of ['/setup', '/confirm', '/verify', '/disable']) {
    const res = await post(path, undefined, { code: '123456' })
    expect(res.status).toBe(401)
    expect(res.body.errors?.[0]?.message).toBe(twoFactorText('en', 'notLoggedIn'))
  }
  expect((await ctx.api.request('GET', '/users/two-factor')).status).toBe(401)
  // A body that is no JSON object is a 400/401 with a message, never a 500.
  const odd = await ctx.api.request<Errors>('POST', '/users/two-factor/verify', { token: ctx.tokens.providerA, body: 'not json', headers: { 'Content-Type': 'application/json' } })
  expect(odd.status).toBeLessThan(500)
})

test('staff reset a lost two-factor login of accounts they manage, and only those; the person starts again from the password', async () => {
  const provider = await login('provider-a@test.example')
  await enrol(provider.token)
  const reset = (token: string, user: string) => ctx.api.request<Errors & { message?: string }>('POST', '/users/two-factor/reset', { token, json: { user }, headers: EN })
  const target = ctx.world.users.providerA
  // Another town's editor, another provider, nobody: refused, nothing changed.
  expect((await reset(ctx.tokens.editor2, target)).status).toBe(403)
  expect((await reset(ctx.tokens.providerB, target)).status).toBe(403)
  expect((await ctx.api.request('POST', '/users/two-factor/reset', { json: { user: target } })).status).toBe(401)
  // An editor resets no staff account; nobody resets their own (they use a code).
  expect((await reset(ctx.tokens.editor1, ctx.world.users.editor2)).status).toBe(403)
  const self = await reset(ctx.tokens.editor1, ctx.world.users.editor1)
  expect(self.status).toBe(400)
  expect(self.body.errors?.[0]?.message).toBe(twoFactorText('en', 'resetWho'))
  expect((await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: target } } }))?.twoFactorEnabled).toBe(true)

  const done = await reset(ctx.tokens.editor1, target)
  expect(done.status).toBe(200)
  expect(done.body.message).toBe(twoFactorText('en', 'resetDone'))
  const row = await ctx.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: target } } })
  expect(row).toMatchObject({ twoFactorEnabled: false, twoFactorSecret: null, twoFactorRecoveryCodes: [], sessions: [] })
  // Every session of the account has ended; the password starts a new one.
  expect(await staffAccess(provider.token)).toMatchObject({ me: false })
  expect((await status((await login('provider-a@test.example')).token)).body).toMatchObject({ state: 'done', enabled: false })
  // Admins reset any other account.
  expect((await reset(ctx.tokens.admin, ctx.world.users.editor2)).status).toBe(200)
})
