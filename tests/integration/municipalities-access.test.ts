import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

describe('municipalities', () => {
  test('everyone can read the towns', async () => {
    const res = await ctx.api.request<{ totalDocs: number }>('GET', '/municipalities')
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(2)
  })

  test('only admins add or remove towns', async () => {
    for (const token of [undefined, ctx.tokens.providerA, ctx.tokens.editor1]) {
      const create = await ctx.api.request('POST', '/municipalities', { token, json: { name: 'Neustadt', slug: 'neustadt' } })
      expect(create.status).toBe(403)
      const del = await ctx.api.request('DELETE', `/municipalities/${ctx.world.towns.town1}`, { token })
      expect(del.status).toBe(403)
    }
    const ok = await ctx.api.request('POST', '/municipalities', {
      token: ctx.tokens.admin,
      json: { name: 'Neustadt', ags: '16056000', theme: { primaryColor: '#1d6b3a' } },
    })
    expect(ok.status).toBe(201)
    expect((ok.body as { doc: { slug: string } }).doc.slug).toBe('neustadt')
  })

  test('an editor updates its own town, not the other one; providers none', async () => {
    const own = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, {
      token: ctx.tokens.editor1,
      json: { contact: { phone: '+49 3691 670-0' } },
    })
    expect(own.status).toBe(200)
    const other = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town2}`, { token: ctx.tokens.editor1, json: { name: 'x' } })
    expect([403, 404]).toContain(other.status)
    const provider = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.providerA, json: { name: 'x' } })
    expect([403, 404]).toContain(provider.status)
    const after = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town2, overrideAccess: true })
    expect(after.name).toBe('town-two')
  })

  test('a town always offers its default language', async () => {
    const res = await ctx.api.request<{ doc: { enabledLocales: string[] } }>('PATCH', `/municipalities/${ctx.world.towns.town1}`, {
      token: ctx.tokens.admin,
      json: { defaultLocale: 'de', enabledLocales: ['ar', 'uk'] },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.enabledLocales).toEqual(['de', 'ar', 'uk'])
  })
})
