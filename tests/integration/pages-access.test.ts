import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
let top: string
let draft: string
beforeAll(async () => {
  ctx = await setupWorld()
  const create = async (data: Record<string, unknown>, isDraft = false) =>
    String((await ctx.payload.create({ collection: 'pages', overrideAccess: true, draft: isDraft, data: data as never })).id)
  top = await create({ municipality: ctx.world.towns.town1, title: 'Erste Schritte', _status: 'published' })
  draft = await create({ municipality: ctx.world.towns.town1, title: 'Geheimer Entwurf', parent: top, _status: 'draft' }, true)
})
afterAll(async () => ctx?.cleanup())

type Docs = { docs: { id: string }[] }

describe('guide pages', () => {
  test('the public reads published pages only', async () => {
    const res = await ctx.api.request<Docs>('GET', '/pages?limit=100&draft=true')
    expect(res.body.docs.map((d) => d.id)).toEqual([top])
    expect([403, 404]).toContain((await ctx.api.request('GET', `/pages/${draft}?draft=true`)).status)
  })

  test('providers read but never write guide pages', async () => {
    expect((await ctx.api.request<Docs>('GET', '/pages', { token: ctx.tokens.providerA })).body.docs.map((d) => d.id)).toEqual([top])
    const create = await ctx.api.request('POST', '/pages', { token: ctx.tokens.providerA, json: { title: 'x', municipality: ctx.world.towns.town1 } })
    expect(create.status).toBe(403)
    const update = await ctx.api.request('PATCH', `/pages/${top}`, { token: ctx.tokens.providerA, json: { title: 'x' } })
    expect(update.status).toBe(403)
  })

  test('editors write in their own town only; a page cannot sit below itself', async () => {
    const own = await ctx.api.request<{ doc: { id: string; slug: string } }>('POST', '/pages', {
      token: ctx.tokens.editor1,
      json: { title: 'Anmeldung in der Stadt', municipality: ctx.world.towns.town1, parent: top, _status: 'published' },
    })
    expect(own.status).toBe(201)
    expect(own.body.doc.slug).toBe('anmeldung-in-der-stadt')
    const other = await ctx.api.request('POST', '/pages', { token: ctx.tokens.editor2, json: { title: 'x', municipality: ctx.world.towns.town1 } })
    expect(other.status).toBe(400)
    const foreign = await ctx.api.request('PATCH', `/pages/${top}`, { token: ctx.tokens.editor2, json: { title: 'x' } })
    expect([403, 404]).toContain(foreign.status)
    const cycle = await ctx.api.request('PATCH', `/pages/${top}`, { token: ctx.tokens.editor1, json: { parent: own.body.doc.id } })
    expect(cycle.status).toBe(400)
  })
})
