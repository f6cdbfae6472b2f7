import { setupMailWorld } from './helpers/mailWorld'

/**
 * Invitations instead of shared passwords: staff invite a person, the e-mail goes through a
 * real SMTP server, the link lets the person choose a password and log in. The rules of the
 * admin hold (an editor invites provider accounts of their own town only), and a refused
 * invitation creates nothing and sends nothing.
 */
let ctx: Awaited<ReturnType<typeof setupMailWorld>>['ctx']
let smtp: Awaited<ReturnType<typeof setupMailWorld>>['smtp']
let stop: (() => Promise<void>) | undefined
beforeAll(async () => {
  ;({ ctx, smtp, stop } = await setupMailWorld())
}, 120000)
afterAll(async () => stop?.())

const invite = (token: string | undefined, json: Record<string, unknown>, headers: Record<string, string> = {}) => ctx.api.request<{ message?: string; id?: string; errors?: { message: string }[] }>('POST', '/users/invite', { token, json, headers })
const linkIn = (text: string) => /https:\/\/portal\.test\.example\/admin\/invite\/(\w+)\?language=\w+/.exec(text)
const accounts = async (email: string) => (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs

test('an editor invites a provider: the e-mail arrives in the chosen language, the link sets a password, the person logs in', async () => {
  const email = 'new-counsellor@test.example'
  const res = await invite(ctx.tokens.editor1, { email, name: 'Nadia Haddad', organizations: [ctx.world.orgs.A], language: 'ar' }, { 'Accept-Language': 'de' })
  expect(res.status).toBe(201)
  // The answer in the inviter's language, the e-mail in the invited person's.
  expect(res.body.message).toBe(`Einladung an ${email} verschickt. Der Link gilt 7 Tage.`)
  const mail = await smtp.waitFor((m) => m.to.includes(email))
  expect(mail.from).toContain('portal@test.example')
  expect(mail.subject).toBe('حسابك في بوابة الاندماج')
  expect(mail.text).toContain('org-a')
  expect(mail.text).toContain('https://portal.test.example/admin')

  const [account] = await accounts(email)
  expect(account?.role).toBe('provider')
  // Later e-mails (review results, reminders) reach her in the language chosen here.
  expect(account?.language).toBe('ar')
  expect(account?.tenants?.map((t) => t.municipality)).toEqual([ctx.world.towns.town1])
  // Valid for seven days, not Payload's one hour of a forgotten password.
  // (A hidden field: read past Payload's afterRead, straight from the adapter.)
  const stored = await ctx.payload.db.findOne<{ id: string; resetPasswordExpiration?: string }>({ collection: 'users', where: { email: { equals: email } } })
  const days = (new Date(String(stored?.resetPasswordExpiration)).getTime() - Date.now()) / 86400000
  expect(days).toBeGreaterThan(6.9)
  expect(days).toBeLessThanOrEqual(7)

  const token = linkIn(mail.text)?.[1]
  expect(token).toBeTruthy()
  const reset = await ctx.api.request('POST', '/users/reset-password', { json: { token, password: 'a-password-of-her-own' } })
  expect(reset.status).toBe(200)
  expect(await ctx.api.login(email, 'a-password-of-her-own')).toBeTruthy()
  // The link works once.
  expect((await ctx.api.request('POST', '/users/reset-password', { json: { token, password: 'someone-else-2026' } })).status).toBeGreaterThanOrEqual(400)
})

test('an expired invitation is sent again with a new link; the old one no longer works', async () => {
  const email = 'late-reader@test.example'
  expect((await invite(ctx.tokens.editor1, { email, organizations: [ctx.world.orgs.A] })).status).toBe(201)
  const first = linkIn((await smtp.waitFor((m) => m.to.includes(email))).text)?.[1]
  const [account] = await accounts(email)
  await ctx.payload.db.updateOne({ collection: 'users', id: String(account?.id), data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
  expect((await ctx.api.request('POST', '/users/reset-password', { json: { token: first, password: 'too-late-2026!' } })).status).toBeGreaterThanOrEqual(400)

  const before = smtp.mails.length
  const again = await invite(ctx.tokens.editor1, { email, language: 'de' })
  expect(again.status).toBe(200)
  expect(again.body.id).toBe(account?.id)
  expect(await accounts(email)).toHaveLength(1)
  const mail = await smtp.waitFor((m) => m.to.includes(email) && smtp.mails.indexOf(m) >= before)
  expect(mail.subject).toBe('Ihr Zugang zum Integrationsportal')
  const second = linkIn(mail.text)?.[1]
  expect(second).not.toBe(first)
  expect((await ctx.api.request('POST', '/users/reset-password', { json: { token: second, password: 'in-time-now-2026' } })).status).toBe(200)
})

test('an admin invites an editor for a town', async () => {
  const email = 'new-editor@test.example'
  const res = await invite(ctx.tokens.admin, { email, role: 'editor', municipalities: [ctx.world.towns.town2], language: 'uk' })
  expect(res.status).toBe(201)
  const mail = await smtp.waitFor((m) => m.to.includes(email))
  expect(mail.subject).toBe('Ваш обліковий запис на інтеграційному порталі')
  expect(mail.text).toContain('як працівника громади')
  const [account] = await accounts(email)
  expect(account?.role).toBe('editor')
  expect(account?.tenants?.map((t) => t.municipality)).toEqual([ctx.world.towns.town2])
})

test.each([
  ['nobody logged in', undefined, { email: 'x1@test.example', organizations: ['A'] }, 401],
  ['a provider', 'providerA', { email: 'x2@test.example', organizations: ['A'] }, 403],
  ['an editor inviting an editor', 'editor1', { email: 'x3@test.example', role: 'editor', municipalities: ['town1'] }, 400],
  ['an editor inviting an admin', 'editor1', { email: 'x4@test.example', role: 'admin' }, 400],
  ['an editor inviting for another town’s organisation', 'editor1', { email: 'x5@test.example', organizations: ['C'] }, 400],
  ['a provider account without an organisation', 'editor1', { email: 'x6@test.example' }, 400],
  ['no e-mail address', 'editor1', { organizations: ['A'] }, 400],
  ['a malformed e-mail address', 'editor1', { email: 'not an address', organizations: ['A'] }, 400],
  ['an address of an account the editor may not manage', 'editor1', { email: 'admin@test.example', organizations: ['A'] }, 400],
] as const)('refused, nothing created, nothing sent: %s', async (_, who, body, status) => {
  const json: Record<string, unknown> = { ...body }
  const orgs = ctx.world.orgs as Record<string, string>
  const towns = ctx.world.towns as Record<string, string>
  if ('organizations' in body) json.organizations = body.organizations.map((o) => orgs[o])
  if ('municipalities' in body) json.municipalities = body.municipalities.map((t) => towns[t])
  const before = { mails: smtp.mails.length, users: (await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs }
  const res = await invite(who ? ctx.tokens[who] : undefined, json, { 'Accept-Language': 'de' })
  expect(res.status).toBe(status)
  // A reason a person can act on, in their language; never a stack or a 500.
  expect(res.body.errors?.[0]?.message).toMatch(/\w{3,}/)
  expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before.users)
  // Give a wrongly sent mail the time to arrive before saying none came.
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(smtp.mails.length).toBe(before.mails)
})
