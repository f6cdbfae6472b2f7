import { setupWorld } from './helpers/setup'
import { PASSWORD } from './helpers/world'
import { ar } from '@cms/i18n/ar'
import { de } from '@cms/i18n/de'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

type Users = { docs: { email: string; role: string }[] }
const emails = (b: Users) => b.docs.map((d) => d.email).sort()

describe('users', () => {
  test('anonymous readers cannot list users or create accounts', async () => {
    expect((await ctx.api.request('GET', '/users')).status).toBe(403)
    const create = await ctx.api.request('POST', '/users', { json: { email: 'x@test.example', password: 'x'.repeat(12), role: 'admin' } })
    expect(create.status).toBe(403)
  })

  test('a provider sees only itself', async () => {
    const res = await ctx.api.request<Users>('GET', '/users', { token: ctx.tokens.providerA })
    expect(emails(res.body)).toEqual(['provider-a@test.example'])
  })

  test('a provider cannot raise its role or join other organisations', async () => {
    const res = await ctx.api.request('PATCH', `/users/${ctx.world.users.providerA}`, {
      token: ctx.tokens.providerA,
      json: { role: 'admin', organizations: [ctx.world.orgs.B, ctx.world.orgs.C], name: 'Anna' },
    })
    expect(res.status).toBeLessThan(500)
    const me = await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerA, overrideAccess: true, depth: 0 })
    expect(me.role).toBe('provider')
    expect(me.organizations).toEqual([ctx.world.orgs.A])
  })

  test('a provider cannot edit or delete another account', async () => {
    const upd = await ctx.api.request('PATCH', `/users/${ctx.world.users.providerB}`, { token: ctx.tokens.providerA, json: { name: 'x' } })
    expect([403, 404]).toContain(upd.status)
    const del = await ctx.api.request('DELETE', `/users/${ctx.world.users.providerB}`, { token: ctx.tokens.providerA })
    expect([403, 404]).toContain(del.status)
  })

  test('an editor sees itself and the providers of its own town only', async () => {
    const res = await ctx.api.request<Users>('GET', '/users?limit=100', { token: ctx.tokens.editor1 })
    expect(emails(res.body)).toEqual(['editor1@test.example', 'provider-a@test.example', 'provider-b@test.example'])
  })

  test('an editor creates provider accounts for its own town’s organisations', async () => {
    const ok = await ctx.api.request<{ doc: { id: string; tenants: { municipality: string }[] } }>('POST', '/users', {
      token: ctx.tokens.editor1,
      json: { email: 'new-provider@test.example', password: PASSWORD, role: 'provider', organizations: [ctx.world.orgs.A] },
    })
    expect(ok.status).toBe(201)
    const created = await ctx.payload.findByID({ collection: 'users', id: ok.body.doc.id, overrideAccess: true, depth: 0 })
    // The provider's town follows its organisation.
    expect(created.tenants?.map((t: { municipality: unknown }) => t.municipality)).toEqual([ctx.world.towns.town1])
  })

  test('an editor cannot create editors or admins, nor providers of another town', async () => {
    const editor = await ctx.api.request<{ errors: { message: string }[] }>('POST', '/users', {
      token: ctx.tokens.editor1,
      json: { email: 'e@test.example', password: PASSWORD, role: 'editor', tenants: [{ municipality: ctx.world.towns.town1 }] },
    })
    expect(editor.status).toBe(400)
    const admin = await ctx.api.request('POST', '/users', {
      token: ctx.tokens.editor1,
      json: { email: 'a@test.example', password: PASSWORD, role: 'admin' },
    })
    expect(admin.status).toBe(400)
    const foreign = await ctx.api.request<{ errors: { data?: { errors?: { message: string }[] } }[] }>('POST', '/users', {
      token: ctx.tokens.editor1,
      json: { email: 'f@test.example', password: PASSWORD, role: 'provider', organizations: [ctx.world.orgs.C] },
    })
    expect(foreign.status).toBe(400)
    const { totalDocs } = await ctx.payload.count({
      collection: 'users',
      where: { email: { in: ['e@test.example', 'a@test.example', 'f@test.example'] } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  test('a provider account without an organisation is refused with a reason', async () => {
    const res = await ctx.api.request<{ errors: { data?: { errors?: { message: string }[] } }[] }>('POST', '/users', {
      token: ctx.tokens.admin,
      json: { email: 'lonely@test.example', password: PASSWORD, role: 'provider' },
    })
    expect(res.status).toBe(400)
    // In the requester's admin language: German by default, Arabic when the request asks for it.
    expect(JSON.stringify(res.body)).toContain(de['server.account.needsOrganization'])
    const inArabic = await ctx.api.request('POST', '/users', {
      token: ctx.tokens.admin,
      json: { email: 'lonely@test.example', password: PASSWORD, role: 'provider' },
      headers: { 'Accept-Language': 'ar' },
    })
    expect([inArabic.status, JSON.stringify(inArabic.body).includes(ar['server.account.needsOrganization'])]).toEqual([400, true])
  })

  test('an editor cannot touch the other town’s providers, nor change its own role', async () => {
    const upd = await ctx.api.request('PATCH', `/users/${ctx.world.users.providerC}`, { token: ctx.tokens.editor1, json: { name: 'x' } })
    expect([403, 404]).toContain(upd.status)
    const del = await ctx.api.request('DELETE', `/users/${ctx.world.users.providerC}`, { token: ctx.tokens.editor1 })
    expect([403, 404]).toContain(del.status)
    await ctx.api.request('PATCH', `/users/${ctx.world.users.editor1}`, { token: ctx.tokens.editor1, json: { role: 'admin' } })
    const me = await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.editor1, overrideAccess: true })
    expect(me.role).toBe('editor')
  })

  test('an editor may delete a provider of its own town', async () => {
    const del = await ctx.api.request('DELETE', `/users/${ctx.world.users.providerB}`, { token: ctx.tokens.editor1 })
    expect(del.status).toBe(200)
  })

  test('an admin sees every account', async () => {
    const res = await ctx.api.request<Users>('GET', '/users?limit=100', { token: ctx.tokens.admin })
    expect(emails(res.body)).toEqual(expect.arrayContaining(['admin@test.example', 'editor2@test.example', 'provider-c@test.example']))
  })
})

describe('login', () => {
  test('wrong passwords lock nothing: the owner still logs in (throttling is per address, tests/security/auth.test.ts)', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await ctx.api.request('POST', '/users/login', { json: { email: 'provider-c@test.example', password: 'wrong' } })
      expect(res.status).toBe(401)
    }
    const stored = await ctx.payload.findByID({ collection: 'users', id: ctx.world.users.providerC, overrideAccess: true, showHiddenFields: true })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  test('with nothing to unlock, nobody unlocks (the same 403 for every account)', async () => {
    const res = await ctx.api.request('POST', '/users/unlock', { token: ctx.tokens.editor2, json: { email: 'provider-c@test.example' } })
    expect(res.status).toBe(403)
  })
})

describe('accounts across towns', () => {
  test('an editor cannot change or delete a provider who also works for another town', async () => {
    const both = await ctx.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'two-towns@test.example', password: PASSWORD, role: 'provider', organizations: [ctx.world.orgs.A, ctx.world.orgs.C] } as never,
    })
    const patch = await ctx.api.request('PATCH', `/users/${both.id}`, {
      token: ctx.tokens.editor1,
      json: { organizations: [ctx.world.orgs.A], password: 'taken-over-123' },
    })
    expect(patch.status).toBe(400)
    expect(await ctx.api.login('two-towns@test.example', PASSWORD)).toEqual(expect.any(String))
    const del = await ctx.api.request('DELETE', `/users/${both.id}`, { token: ctx.tokens.editor1 })
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect((await ctx.payload.count({ collection: 'users', where: { id: { equals: both.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  test('an editor cannot unlock another editor', async () => {
    const res = await ctx.api.request('POST', '/users/unlock', { token: ctx.tokens.editor1, json: { email: 'editor2@test.example' } })
    expect(res.status).toBeGreaterThanOrEqual(400)
  })
})
