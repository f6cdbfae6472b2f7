import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const fieldErrors = (b: ErrorBody) => b.errors.flatMap((e) => e.data?.errors ?? [])
const orgCount = async () => (await ctx.payload.count({ collection: 'organizations', overrideAccess: true })).totalDocs

const org = (extra: Record<string, unknown>) => ({
  name: 'Beratungsstelle Nord',
  kind: 'counselling',
  municipality: ctx.world.towns.town1,
  ...extra,
})

describe('bad input gets a 400 with a reason and writes nothing', () => {
  test.each([
    ['email', { email: 'not-an-email' }],
    ['website', { website: 'javascript:alert(1)' }],
    ['phone', { phone: '<b>call</b>' }],
    ['name', { name: 'x'.repeat(161) }],
    ['name', { name: '' }],
    ['kind', { kind: 'spaceship' }],
    ['slug', { slug: 'Not A Slug!' }],
  ])('%s: %j', async (path, extra) => {
    const before = await orgCount()
    const res = await ctx.api.request<ErrorBody>('POST', '/organizations', { token: ctx.tokens.editor1, json: org(extra) })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).map((e) => e.path)).toContain(path)
    expect(fieldErrors(res.body).every((e) => e.message.length > 0)).toBe(true)
    expect(await orgCount()).toBe(before)
  })

  test('a list sent as its row count 0 (as the admin sends a list it just showed) is an empty list; a wrong one is named in words', async () => {
    const place = await ctx.payload.create({
      collection: 'locations',
      overrideAccess: true,
      data: { name: 'Beratungsort', organization: ctx.world.orgs.A, municipality: ctx.world.towns.town1, address: { street: 'Markt 1', postalCode: '99817', city: 'Eisenach' }, latitude: 50.97, longitude: 10.32 },
    })
    const empty = await ctx.api.request('PATCH', `/locations/${place.id}`, { token: ctx.tokens.editor1, json: { hours: { slots: 0, closedDates: 0 } } })
    expect(empty.status).toBe(200)
    const wrong = await ctx.api.request<ErrorBody>('PATCH', `/locations/${place.id}`, { token: ctx.tokens.editor1, json: { hours: { closedDates: 'tomorrow' } } })
    expect(wrong.status).toBe(400)
    expect(fieldErrors(wrong.body).map((e) => e.path)).toEqual(['hours.closedDates'])
    // The message names the field as the form does (the server answers in its fallback language, German), not by its path.
    expect(wrong.body.errors[0]?.message).toMatch(/Öffnungszeiten > Geschlossen am$/)
    // A coordinate out of range is explained in the reader's language, with an example.
    const farAway = await ctx.api.request<ErrorBody>('PATCH', `/locations/${place.id}`, { token: ctx.tokens.editor1, json: { latitude: 200 } })
    expect(farAway.status).toBe(400)
    expect(fieldErrors(farAway.body)).toEqual([expect.objectContaining({ path: 'latitude', message: expect.stringContaining('zwischen -90 und 90') })])
  })

  test('a slug is unique within a town, not across towns: a clash gets a number, never an error', async () => {
    const dup = await ctx.api.request<{ doc: { slug: string } }>('POST', '/organizations', { token: ctx.tokens.editor1, json: org({ slug: 'org-a' }) })
    // "Already used" would reveal documents the user may not read (e.g. another organisation's draft).
    expect(dup.status).toBe(201)
    expect(dup.body.doc.slug).toBe('org-a-2')
    const otherTown = await ctx.api.request<{ doc: { slug: string } }>('POST', '/organizations', {
      token: ctx.tokens.editor2,
      json: org({ slug: 'org-a', municipality: ctx.world.towns.town2 }),
    })
    expect(otherTown.status).toBe(201)
    expect(otherTown.body.doc.slug).toBe('org-a')
  })

  test('town slugs are unique installation-wide', async () => {
    const res = await ctx.api.request<{ doc: { slug: string } }>('POST', '/municipalities', { token: ctx.tokens.admin, json: { name: 'Town One', slug: 'town-one' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('town-one-2')
  })

  test('a town colour too light for white text is refused with the measured contrast', async () => {
    const res = await ctx.api.request<ErrorBody>('PATCH', `/municipalities/${ctx.world.towns.town1}`, {
      token: ctx.tokens.admin,
      json: { theme: { primaryColor: '#ffdd00' } },
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)[0]?.message).toMatch(/(contrast of|Kontrast von) 1\.\d:1/) // the server answers in its fallback language, German
  })

  test('an invalid AGS, postcode or time zone is refused', async () => {
    for (const json of [{ ags: '123' }, { contact: { postalCode: '9981' } }, { timeZone: 'Mars/Olympus' }]) {
      const res = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json })
      expect(res.status).toBe(400)
    }
    const after = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })
    expect(after.ags ?? null).toBeNull()
  })

  test('malformed JSON and wrong IDs never give a 5xx', async () => {
    const malformed = await ctx.api.request('POST', '/organizations', {
      token: ctx.tokens.editor1,
      body: '{"name": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    const wrongId = await ctx.api.request('GET', '/organizations/not-a-uuid', { token: ctx.tokens.editor1 })
    expect(wrongId.status).toBe(404)
    const wrongRelation = await ctx.api.request('POST', '/organizations', {
      token: ctx.tokens.editor1,
      json: org({ municipality: '00000000-0000-4000-8000-000000000000' }),
    })
    expect(wrongRelation.status).toBe(400)
  })

  test('script tags are stored as text, not executed (the portal escapes them)', async () => {
    const res = await ctx.api.request<{ doc: { id: string } }>('POST', '/organizations', {
      token: ctx.tokens.editor1,
      json: org({ description: '<script>alert(1)</script>', slug: 'xss-probe' }),
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'organizations', id: res.body.doc.id, draft: true, overrideAccess: true })
    expect(stored.description).toBe('<script>alert(1)</script>')
  })
})
