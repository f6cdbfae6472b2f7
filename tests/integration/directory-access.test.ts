import { buildDirectory } from './helpers/directoryWorld'
import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
let dir: Awaited<ReturnType<typeof buildDirectory>>
beforeAll(async () => {
  ctx = await setupWorld()
  dir = await buildDirectory(ctx.payload, ctx.world)
})
afterAll(async () => ctx?.cleanup())

type Docs = { docs: { id: string; title?: string }[] }
const stored = (id: string) => ctx.payload.findByID({ collection: 'services', id, overrideAccess: true, draft: true, depth: 0 })
const published = (id: string) => ctx.payload.findByID({ collection: 'services', id, overrideAccess: true, depth: 0 })

describe('services: who may do what', () => {
  test('the public reads published services only, never drafts', async () => {
    const res = await ctx.api.request<Docs>('GET', '/services?limit=100&draft=true')
    const ids = res.body.docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([dir.services.S1, dir.services.S3]))
    expect(ids).not.toContain(dir.services.S4)
    const draft = await ctx.api.request('GET', `/services/${dir.services.S4}?draft=true`)
    expect([403, 404]).toContain(draft.status)
    expect((await ctx.api.request('GET', `/services/${dir.services.S1}/versions`)).status).toBeGreaterThanOrEqual(400)
  })

  test('a provider cannot read another organisation’s draft', async () => {
    const other = await ctx.api.request('GET', `/services/${dir.services.S4}?draft=true`, { token: ctx.tokens.providerA })
    expect([403, 404]).toContain(other.status)
    const own = await ctx.api.request('GET', `/services/${dir.services.S4}?draft=true`, { token: ctx.tokens.providerB })
    expect(own.status).toBe(200)
  })

  test('a provider creates drafts for its own organisation only', async () => {
    const own = await ctx.api.request<{ doc: { id: string } }>('POST', '/services?draft=true', {
      token: ctx.tokens.providerA,
      json: { title: 'Neues Angebot', organization: ctx.world.orgs.A, kind: 'counselling', _status: 'draft' },
    })
    expect(own.status).toBe(201)
    const doc = await stored(own.body.doc.id)
    expect(doc.municipality).toBe(ctx.world.towns.town1)
    expect(doc.pendingReview).toBe(true)
    const other = await ctx.api.request('POST', '/services?draft=true', {
      token: ctx.tokens.providerA,
      json: { title: 'Fremdes Angebot', organization: ctx.world.orgs.B, kind: 'counselling', _status: 'draft' },
    })
    expect(other.status).toBe(400)
    const otherTown = await ctx.api.request('POST', '/services?draft=true', {
      token: ctx.tokens.providerA,
      json: { title: 'Fremdes Angebot', organization: ctx.world.orgs.C, kind: 'counselling', _status: 'draft' },
    })
    expect(otherTown.status).toBe(400)
  })

  test('a provider cannot move a service to another organisation', async () => {
    const res = await ctx.api.request('PATCH', `/services/${dir.services.S1}?draft=true`, {
      token: ctx.tokens.providerA,
      json: { organization: ctx.world.orgs.B },
    })
    expect(res.status).toBe(400)
    expect((await stored(dir.services.S1)).organization).toBe(ctx.world.orgs.A)
  })

  test('where the town requires review, a provider’s publish is a submission; the draft waits for an editor', async () => {
    // "Publish" saves a draft for review (tests/integration/review.test.ts), never a raw `_status` error.
    const publish = await ctx.api.request<{ doc?: { _status?: string } }>('PATCH', `/services/${dir.services.S1}`, {
      token: ctx.tokens.providerA,
      json: { title: 'Deutschkurs für Frauen (neu)', _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(publish.body.doc?._status).toBe('draft')
    expect((await published(dir.services.S1)).title).toBe('Deutschkurs für Frauen')

    const draft = await ctx.api.request('PATCH', `/services/${dir.services.S1}?draft=true`, {
      token: ctx.tokens.providerA,
      json: { title: 'Deutschkurs für Frauen (neu)', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect((await published(dir.services.S1)).title).toBe('Deutschkurs für Frauen')
    expect((await stored(dir.services.S1)).pendingReview).toBe(true)

    const pending = await ctx.api.request<Docs>('GET', '/services?draft=true&where[pendingReview][equals]=true', { token: ctx.tokens.editor1 })
    expect(pending.body.docs.map((d) => d.id)).toContain(dir.services.S1)
    const otherEditor = await ctx.api.request<Docs>('GET', '/services?draft=true&where[pendingReview][equals]=true', { token: ctx.tokens.editor2 })
    expect(otherEditor.body.docs.map((d) => d.id)).not.toContain(dir.services.S1)
  })

  test('“still correct” confirms without publishing the pending draft', async () => {
    const before = await published(dir.services.S1)
    const res = await ctx.api.request<{ lastVerifiedAt: string }>('POST', `/services/${dir.services.S1}/verify`, { token: ctx.tokens.providerA })
    expect(res.status).toBe(200)
    const after = await published(dir.services.S1)
    expect(new Date(after.lastVerifiedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(before.lastVerifiedAt as string).getTime())
    expect(after.lastVerifiedBy).toBe(ctx.world.users.providerA)
    expect(after.title).toBe('Deutschkurs für Frauen')
    expect((await stored(dir.services.S1)).title).toBe('Deutschkurs für Frauen (neu)')
    expect((await ctx.api.request('POST', `/services/${dir.services.S1}/verify`, { token: ctx.tokens.providerB })).status).toBe(403)
    expect((await ctx.api.request('POST', `/services/${dir.services.S1}/verify`)).status).toBe(401)
    expect((await ctx.api.request('POST', `/services/${dir.services.S1}/verify`, { token: ctx.tokens.editor2 })).status).toBe(404)
  })

  test('a provider cannot fake the verification date', async () => {
    await ctx.api.request('PATCH', `/services/${dir.services.S2}?draft=true`, {
      token: ctx.tokens.providerA,
      json: { lastVerifiedAt: '2099-01-01T00:00:00.000Z', _status: 'draft' },
    })
    expect(String((await stored(dir.services.S2)).lastVerifiedAt)).not.toContain('2099')
  })

  test('the editor publishes the provider’s change; the flag clears', async () => {
    const res = await ctx.api.request('PATCH', `/services/${dir.services.S1}`, { token: ctx.tokens.editor1, json: { _status: 'published' } })
    expect(res.status).toBe(200)
    const doc = await published(dir.services.S1)
    expect(doc.title).toBe('Deutschkurs für Frauen (neu)')
    expect(doc.pendingReview).toBe(false)
    // The confirmation given while the draft waited is kept, not replaced by the draft's older date.
    expect(doc.lastVerifiedBy).toBe(ctx.world.users.providerA)
  })

  test('in a town without review, providers publish themselves', async () => {
    const res = await ctx.api.request('PATCH', `/services/${dir.services.S5}`, {
      token: ctx.tokens.providerC,
      json: { title: 'Deutschkurs in Town Two (aktualisiert)', _status: 'published' },
    })
    expect(res.status).toBe(200)
    expect((await published(dir.services.S5)).title).toBe('Deutschkurs in Town Two (aktualisiert)')
  })

  test('other providers and the other town’s editor cannot change or delete a service', async () => {
    for (const token of [ctx.tokens.providerB, ctx.tokens.providerC, ctx.tokens.editor2]) {
      const upd = await ctx.api.request('PATCH', `/services/${dir.services.S2}`, { token, json: { title: 'x' } })
      expect([403, 404]).toContain(upd.status)
      const del = await ctx.api.request('DELETE', `/services/${dir.services.S2}`, { token })
      expect([403, 404]).toContain(del.status)
    }
    expect((await published(dir.services.S2)).title).toBe('Wohnungsberatung')
  })
})

describe('locations and taxonomies', () => {
  test('coordinates must be real', async () => {
    const res = await ctx.api.request<{ errors: { data?: { errors?: { path: string }[] } }[] }>('POST', '/locations?draft=true', {
      token: ctx.tokens.providerA,
      json: { name: 'X', organization: ctx.world.orgs.A, latitude: 95, longitude: 10.3, address: { street: 'A 1', postalCode: '99817', city: 'E' } },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/latitude/)
  })

  test('a provider keeps its own locations, not others’', async () => {
    const own = await ctx.api.request('PATCH', `/locations/${dir.locations.LA1}?draft=true`, { token: ctx.tokens.providerA, json: { name: 'Neu', _status: 'draft' } })
    expect(own.status).toBe(200)
    const other = await ctx.api.request('PATCH', `/locations/${dir.locations.LB1}`, { token: ctx.tokens.providerA, json: { name: 'x' } })
    expect([403, 404]).toContain(other.status)
    const create = await ctx.api.request('POST', '/locations?draft=true', {
      token: ctx.tokens.providerA,
      json: { name: 'X', organization: ctx.world.orgs.B, latitude: 50.9, longitude: 10.3, address: { street: 'A 1', postalCode: '99817', city: 'E' } },
    })
    expect(create.status).toBe(400)
  })

  test('topics, audiences and districts: public to read, staff to write', async () => {
    expect((await ctx.api.request<Docs>('GET', '/topics')).body.docs.length).toBeGreaterThan(0)
    for (const collection of ['topics', 'audiences', 'districts']) {
      const asProvider = await ctx.api.request('POST', `/${collection}`, { token: ctx.tokens.providerA, json: { name: 'x', municipality: ctx.world.towns.town1 } })
      expect(asProvider.status).toBe(403)
      const anonymous = await ctx.api.request('POST', `/${collection}`, { json: { name: 'x', municipality: ctx.world.towns.town1 } })
      expect(anonymous.status).toBe(403)
    }
    const asEditor = await ctx.api.request('POST', '/topics', { token: ctx.tokens.editor1, json: { name: 'Gesundheit', municipality: ctx.world.towns.town1 } })
    expect(asEditor.status).toBe(201)
    const otherTown = await ctx.api.request('PATCH', `/topics/${dir.topics.work}`, { token: ctx.tokens.editor2, json: { name: 'x' } })
    expect([403, 404]).toContain(otherTown.status)
  })

  test('a topic cannot become its own ancestor; age ranges must make sense', async () => {
    const cycle = await ctx.api.request('PATCH', `/topics/${dir.topics.languageEducation}`, {
      token: ctx.tokens.editor1,
      json: { parent: dir.topics.languageCourses },
    })
    expect(cycle.status).toBe(400)
    const ages = await ctx.api.request('POST', '/audiences', {
      token: ctx.tokens.editor1,
      json: { name: 'Jugend', municipality: ctx.world.towns.town1, minAge: 27, maxAge: 12 },
    })
    expect(ages.status).toBe(400)
  })
})

describe('versions', () => {
  test('a provider reads its own versions, not other organisations’ (and never a 500)', async () => {
    type Versions = { docs: { parent: string }[] }
    const own = await ctx.api.request<Versions>('GET', `/services/versions?where[parent][equals]=${dir.services.S1}`, { token: ctx.tokens.providerA })
    expect(own.status).toBe(200)
    expect(own.body.docs.length).toBeGreaterThan(0)
    const other = await ctx.api.request<Versions>('GET', `/services/versions?where[parent][equals]=${dir.services.S1}`, { token: ctx.tokens.providerB })
    expect(other.status).toBe(200)
    expect(other.body.docs).toHaveLength(0)
    const anonymous = await ctx.api.request('GET', '/services/versions')
    expect(anonymous.status).toBe(403)
    for (const [collection, token] of [
      ['locations', ctx.tokens.providerA],
      ['organizations', ctx.tokens.providerA],
      ['services', ctx.tokens.editor2],
    ] as const) {
      const res = await ctx.api.request<Versions>('GET', `/${collection}/versions?limit=100`, { token })
      expect([collection, res.status]).toEqual([collection, 200])
    }
    const orgVersions = await ctx.api.request<Versions>('GET', '/organizations/versions?limit=100', { token: ctx.tokens.providerA })
    expect(orgVersions.body.docs.every((v) => v.parent === ctx.world.orgs.A)).toBe(true)
  })
})
