import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

type Docs = { docs: { id: string; slug: string; internalNotes?: string }[] }
const slugs = (body: Docs) => body.docs.map((d) => d.slug).sort()

describe('anonymous readers', () => {
  test('see published organisations only, without internal notes', async () => {
    const res = await ctx.api.request<Docs>('GET', '/organizations?limit=100')
    expect(res.status).toBe(200)
    expect(slugs(res.body)).toEqual(['org-a', 'org-c'])
    expect(res.body.docs.every((d) => d.internalNotes === undefined)).toBe(true)
  })

  test('cannot reach drafts through ?draft=true, ?where= or by ID', async () => {
    const drafts = await ctx.api.request<Docs>('GET', '/organizations?draft=true&limit=100')
    expect(slugs(drafts.body)).toEqual(['org-a', 'org-c'])
    const where = await ctx.api.request<Docs>('GET', '/organizations?where[_status][equals]=draft')
    expect(where.body.docs).toHaveLength(0)
    const byId = await ctx.api.request('GET', `/organizations/${ctx.world.orgs.B}?draft=true`)
    expect([403, 404]).toContain(byId.status)
  })

  test('cannot write', async () => {
    const create = await ctx.api.request('POST', '/organizations', { json: { name: 'x', municipality: ctx.world.towns.town1 } })
    expect(create.status).toBe(403)
    const update = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.A}`, { json: { name: 'hacked' } })
    expect(update.status).toBe(403)
    const del = await ctx.api.request('DELETE', `/organizations/${ctx.world.orgs.A}`)
    expect(del.status).toBe(403)
  })
})

describe('a provider', () => {
  test('reads its own draft but not another organisation’s draft', async () => {
    const own = await ctx.api.request<{ slug: string; internalNotes?: string }>('GET', `/organizations/${ctx.world.orgs.B}?draft=true`, {
      token: ctx.tokens.providerB,
    })
    expect(own.status).toBe(200)
    expect(own.body.slug).toBe('org-b')
    expect(own.body.internalNotes).toBeUndefined()
    const other = await ctx.api.request('GET', `/organizations/${ctx.world.orgs.B}?draft=true`, { token: ctx.tokens.providerA })
    expect([403, 404]).toContain(other.status)
    const list = await ctx.api.request<Docs>('GET', '/organizations?draft=true&limit=100', { token: ctx.tokens.providerA })
    expect(slugs(list.body)).toEqual(['org-a'])
  })

  test('updates its own organisation but no other', async () => {
    // Town one reviews provider changes: a save without ?draft is a submission (a draft), the live version stays.
    const published = await ctx.api.request<{ doc: { _status?: string } }>('PATCH', `/organizations/${ctx.world.orgs.A}`, {
      token: ctx.tokens.providerA,
      json: { description: 'Neue Beschreibung' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('draft')
    const own = await ctx.api.request<{ doc: { pendingReview?: boolean } }>('PATCH', `/organizations/${ctx.world.orgs.A}?draft=true`, {
      token: ctx.tokens.providerA,
      json: { description: 'Neue Beschreibung', _status: 'draft' },
    })
    expect(own.status).toBe(200)
    expect(own.body.doc.pendingReview).toBe(true)
    const other = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.B}`, { token: ctx.tokens.providerA, json: { name: 'x' } })
    expect([403, 404]).toContain(other.status)
    const otherTown = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.C}`, { token: ctx.tokens.providerA, json: { name: 'x' } })
    expect([403, 404]).toContain(otherTown.status)
    const after = await ctx.payload.findByID({ collection: 'organizations', id: ctx.world.orgs.C, overrideAccess: true })
    expect(after.name).toBe('org-c')
  })

  test('cannot move its organisation to another town or write internal notes', async () => {
    const res = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.A}`, {
      token: ctx.tokens.providerA,
      json: { municipality: ctx.world.towns.town2, internalNotes: 'mine now' },
    })
    expect(res.status).toBeLessThan(500)
    const after = await ctx.payload.findByID({ collection: 'organizations', id: ctx.world.orgs.A, overrideAccess: true, depth: 0 })
    expect(after.municipality).toBe(ctx.world.towns.town1)
    expect(after.internalNotes).toBe('secret of org-a')
  })

  test('cannot create or delete organisations', async () => {
    const create = await ctx.api.request('POST', '/organizations', {
      token: ctx.tokens.providerA,
      json: { name: 'Second identity', municipality: ctx.world.towns.town1 },
    })
    expect(create.status).toBe(403)
    const del = await ctx.api.request('DELETE', `/organizations/${ctx.world.orgs.A}`, { token: ctx.tokens.providerA })
    expect(del.status).toBe(403)
  })
})

describe('an editor', () => {
  test('sees all organisations of their town, drafts and notes included, and none of the other town', async () => {
    const res = await ctx.api.request<Docs>('GET', '/organizations?draft=true&limit=100', { token: ctx.tokens.editor1 })
    expect(slugs(res.body)).toEqual(['org-a', 'org-b'])
    expect(res.body.docs.find((d) => d.slug === 'org-b')?.internalNotes).toBe('secret of org-b')
    const other = await ctx.api.request('GET', `/organizations/${ctx.world.orgs.D}?draft=true`, { token: ctx.tokens.editor1 })
    expect([403, 404]).toContain(other.status)
  })

  test('creates in their own town only', async () => {
    const own = await ctx.api.request<{ doc: { id: string } }>('POST', '/organizations', {
      token: ctx.tokens.editor1,
      json: { name: 'Neuer Verein', municipality: ctx.world.towns.town1, kind: 'association', _status: 'published' },
    })
    expect(own.status).toBe(201)
    const other = await ctx.api.request('POST', '/organizations', {
      token: ctx.tokens.editor1,
      json: { name: 'Fremder Verein', municipality: ctx.world.towns.town2, kind: 'association' },
    })
    expect(other.status).toBe(400)
    const { totalDocs } = await ctx.payload.count({ collection: 'organizations', where: { name: { equals: 'Fremder Verein' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  test('cannot update or delete the other town’s organisations', async () => {
    const update = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.C}`, { token: ctx.tokens.editor1, json: { name: 'x' } })
    expect([403, 404]).toContain(update.status)
    const del = await ctx.api.request('DELETE', `/organizations/${ctx.world.orgs.C}`, { token: ctx.tokens.editor1 })
    expect([403, 404]).toContain(del.status)
    expect(await ctx.payload.count({ collection: 'organizations', where: { id: { equals: ctx.world.orgs.C } }, overrideAccess: true })).toEqual({
      totalDocs: 1,
    })
  })
})

describe('an admin', () => {
  test('sees and edits every town’s organisations', async () => {
    const res = await ctx.api.request<Docs>('GET', '/organizations?draft=true&limit=100', { token: ctx.tokens.admin })
    expect(slugs(res.body)).toEqual(expect.arrayContaining(['org-a', 'org-b', 'org-c', 'org-d']))
    const update = await ctx.api.request('PATCH', `/organizations/${ctx.world.orgs.D}`, { token: ctx.tokens.admin, json: { phone: '03691 123456' } })
    expect(update.status).toBe(200)
  })
})
