import type { Role } from '../integration/helpers/setup'
import { type CollectionSpec, SPECS } from './helpers/collections'
import { countDocs, setupSecurityWorld, type SecurityWorld, unique, uploadForm } from './helpers/securityWorld'

/*
 * Bad input against every write endpoint: each must answer 4xx with a message, never 5xx, and a
 * refused write must leave nothing behind (no new document, the old one unchanged).
 */
let ctx: SecurityWorld
beforeAll(async () => {
  ctx = await setupSecurityWorld()
}, 180000)
afterAll(async () => ctx?.cleanup())

type ErrorBody = { errors?: { message?: string }[]; message?: string }
const HUGE = 'x'.repeat(200_000)
const WRONG_IDS = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "1' OR '1'='1", '../../users', '']
const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>'

/** Wrong types for any field: objects that look like query operators, arrays, numbers, booleans, huge strings. */
const WRONG_VALUES: unknown[] = [{ $gt: '' }, [1, 2], 12345, true, HUGE, { root: 'x' }]
/** Broken Lexical rich text: wrong root, wrong children, HTML instead of JSON. */
const BAD_RICH_TEXT: unknown[] = [{ root: 'x' }, { root: { type: 'root', children: 'nope' } }, { root: { type: 'root', children: [{ type: 'no-such-node', children: 5 }] } }, SCRIPT, [{}]]

/** Who writes each collection in these tests (a role allowed to). */
const writer = (slug: string): Role => (slug === 'municipalities' ? 'admin' : 'editor1')
const RICH_TEXT: Record<string, string> = { services: 'description', events: 'description', pages: 'body', news: 'body', measures: 'description', municipalities: 'imprint' }
const writable = () => SPECS.filter((s) => !['page-views', 'translation-states', 'audit-log'].includes(s.slug))

const message = (body: unknown) => {
  const b = body as ErrorBody
  return b?.errors?.map((e) => e.message ?? '').join(' ') || b?.message || ''
}

/** The bad variants of a valid document: every field set to every wrong value, plus collection-specific ones. */
function badVariants(spec: CollectionSpec, valid: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = []
  for (const key of Object.keys(valid)) {
    for (const value of WRONG_VALUES) out.push([`${key}=${JSON.stringify(value).slice(0, 30)}`, { ...valid, [key]: value }])
    if (typeof valid[key] === 'string' && /^[0-9a-f-]{36}$/.test(valid[key] as string)) {
      for (const id of WRONG_IDS) out.push([`${key}=${JSON.stringify(id)}`, { ...valid, [key]: id }])
    }
  }
  const rich = RICH_TEXT[spec.slug]
  if (rich) for (const value of BAD_RICH_TEXT) out.push([`${rich}=${JSON.stringify(value).slice(0, 40)}`, { ...valid, [rich]: value }])
  if (spec.slug === 'locations') {
    for (const [latitude, longitude] of [[91, 10], [-91, 10], [50, 181], [50, -181], ['1e999', 10], [Number.NaN, 10], [null, null]]) {
      out.push([`coordinates ${latitude},${longitude}`, { ...valid, latitude, longitude }])
    }
  }
  return out
}

const count = (slug: string) => countDocs(ctx.payload, slug)
const stored = (slug: string, id: string) => ctx.payload.findByID({ collection: slug as 'pages', id, draft: true, depth: 0, overrideAccess: true, locale: 'all' }).then((d) => JSON.stringify(d))

/** Runs bad requests and returns every answer that broke a rule. */
async function expectClean(results: { name: string; status: number; body: unknown; wrote: boolean }[]) {
  const broken = results
    .filter((r) => r.status >= 500 || ((r.status < 200 || r.status >= 300) && (r.status < 400 || !message(r.body))) || (r.status >= 400 && r.wrote))
    .map((r) => `${r.name}: ${r.status} ${r.wrote ? '(written!) ' : ''}${JSON.stringify(r.body).slice(0, 200)}`)
  expect(broken).toEqual([])
}

describe('bad input to create and update of every collection', () => {
  test.each(writable().map((s) => s.slug))('%s', async (slug) => {
    const spec = ctx.specs.find((s) => s.slug === slug) as CollectionSpec
    const token = ctx.tokens[writer(slug)]
    const target = slug === 'municipalities' ? ctx.world.towns.town1 : await ctx.seed(spec)
    const results: { name: string; status: number; body: unknown; wrote: boolean }[] = []
    const valid = { ...spec.data(ctx.refs, unique(slug), ctx.world.orgs.A), ...(spec.drafts ? { _status: 'draft' } : {}) }
    // What was read after a request is what the next one starts from (only requests run in
    // between): read once, not twice. A write that lands late shows at the next request instead of nowhere.
    let documents = await count(slug)
    let document = await stored(slug, target)
    for (const [name, data] of badVariants(spec, valid)) {
      const before = documents
      const res = spec.upload
        ? await ctx.api.request('POST', `/${slug}`, { token, body: uploadForm(ctx.png, 'x.png', 'image/png', data) })
        : await ctx.api.request('POST', `/${slug}${spec.drafts ? '?draft=true' : ''}`, { token, json: data })
      documents = await count(slug)
      results.push({ name: `create ${name}`, status: res.status, body: res.body, wrote: documents !== before })

      const { municipality: _, ...change } = data
      const old = document
      const upd = await ctx.api.request('PATCH', `/${slug}/${target}${spec.drafts ? '?draft=true' : ''}`, { token, json: change })
      document = await stored(slug, target)
      results.push({ name: `update ${name}`, status: upd.status, body: upd.body, wrote: document !== old })
    }
    await expectClean(results)
  })

  test('malformed JSON, an empty body and a wrong content type are refused with a message', async () => {
    const results = []
    for (const spec of writable().filter((s) => !s.upload)) {
      for (const [name, body, type] of [
        ['truncated JSON', '{"title": ', 'application/json'],
        ['JSON array', '[1,2,3]', 'application/json'],
        ['empty', '', 'application/json'],
        ['form text', 'title=x', 'text/plain'],
      ] as const) {
        const before = await count(spec.slug)
        const res = await ctx.api.request('POST', `/${spec.slug}`, { token: ctx.tokens[writer(spec.slug)], body, headers: { 'Content-Type': type } })
        results.push({ name: `${spec.slug} ${name}`, status: res.status, body: res.body, wrote: (await count(spec.slug)) !== before })
      }
    }
    await expectClean(results)
  })

  test('wrong IDs in the path never give a 5xx', async () => {
    const results = []
    for (const spec of ctx.specs) {
      for (const id of WRONG_IDS.filter(Boolean)) {
        for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
          const res = await ctx.api.request(method, `/${spec.slug}/${encodeURIComponent(id)}`, { token: ctx.tokens.admin, ...(method === 'PATCH' ? { json: { title: 'x' } } : {}) })
          results.push({ name: `${method} ${spec.slug}/${id}`, status: res.status, body: res.body, wrote: false })
        }
      }
    }
    await expectClean(results)
  })
})

describe('script tags are stored and returned as data', () => {
  test.each(['organizations', 'services', 'pages', 'news', 'events'])('%s', async (slug) => {
    const spec = ctx.specs.find((s) => s.slug === slug) as CollectionSpec
    const label = slug === 'organizations' ? 'name' : 'title'
    const data = { ...spec.data(ctx.refs, unique(slug), ctx.world.orgs.A), [label]: SCRIPT.slice(0, 150), summary: SCRIPT, description: slug === 'organizations' ? SCRIPT : undefined }
    const res = await ctx.api.request<{ doc: Record<string, unknown> }>('POST', `/${slug}`, { token: ctx.tokens.editor1, json: { ...data, _status: 'published' } })
    expect(res.status).toBe(201)
    // JSON carries the text unchanged; rendering escapes it (React text nodes), so it never becomes markup.
    expect(res.body.doc[label]).toBe(SCRIPT.slice(0, 150))
    const read = await ctx.api.request<Record<string, unknown>>('GET', `/${slug}/${res.body.doc.id}`)
    expect(read.body[label]).toBe(SCRIPT.slice(0, 150))
  })
})

describe('custom endpoints', () => {
  test('two-factor login (POST /users/two-factor/confirm|disable|verify) with bad bodies', async () => {
    const bodies: [string, string][] = [
      ['truncated JSON', '{"code": '],
      ['code as object', '{"code": {"$gt": ""}}'],
      ['code as list', '{"code": ["123456"]}'],
      ['huge code', JSON.stringify({ code: HUGE })],
      ['recovery code as number', '{"recoveryCode": 12345}'],
      ['not an object', '[1, 2]'],
    ]
    const results = []
    const row = async () => JSON.stringify(await ctx.payload.db.findOne({ collection: 'users', where: { id: { equals: ctx.world.users.editor1 } } }))
    for (const path of ['confirm', 'disable']) {
      for (const [name, body] of bodies) {
        const before = await row()
        const res = await ctx.api.request('POST', `/users/two-factor/${path}`, { token: ctx.tokens.editor1, body, headers: { 'Content-Type': 'application/json' } })
        results.push({ name: `${path} ${name}`, status: res.status, body: res.body, wrote: (await row()) !== before })
      }
    }
    for (const [name, body] of bodies) {
      const res = await ctx.api.request('POST', '/users/two-factor/verify', { body, headers: { 'Content-Type': 'application/json' } })
      results.push({ name: `verify (no login) ${name}`, status: res.status, body: res.body, wrote: false })
    }
    await expectClean(results)
  })

  test('"still correct" (POST /services/:id/verify) with wrong IDs, bodies and roles', async () => {
    const service = await ctx.seed(ctx.specs.find((s) => s.slug === 'services') as CollectionSpec)
    const results = []
    for (const id of [...WRONG_IDS.filter(Boolean), service]) {
      for (const token of [undefined, ctx.tokens.providerB, ctx.tokens.editor2]) {
        const res = await ctx.api.request('POST', `/services/${encodeURIComponent(id)}/verify`, { token, body: '{"x": ', headers: { 'Content-Type': 'application/json' } })
        results.push({ name: `verify ${id}`, status: res.status, body: res.body, wrote: false })
      }
    }
    await expectClean(results)
    const after = await ctx.payload.findByID({ collection: 'services', id: service, overrideAccess: true, depth: 0 })
    expect(after.lastVerifiedBy ?? null).toBeNull()
  })

  test('"still current" (POST /translation-states/:id/confirm) with wrong IDs and roles', async () => {
    const results = []
    for (const id of WRONG_IDS.filter(Boolean)) {
      for (const token of [undefined, ctx.tokens.providerA, ctx.tokens.editor1]) {
        const res = await ctx.api.request('POST', `/translation-states/${encodeURIComponent(id)}/confirm`, { token, json: { state: 'current' } })
        results.push({ name: `confirm ${id}`, status: res.status, body: res.body, wrote: false })
      }
    }
    await expectClean(results)
  })

  test('machine translation (POST /:collection/:id/machine-translate) with bad bodies', async () => {
    // The development translator (no network): the endpoint reads the provider per request.
    process.env.TRANSLATION_PROVIDER = 'dev'
    try {
      const page = ctx.refs.page
      const results = []
      const bodies: [string, string][] = [
        ['truncated JSON', '{"locales": '],
        ['locales as a string', '{"locales": "ar"}'],
        ['locales as numbers', '{"locales": [1, 2]}'],
        ['unknown locale', '{"locales": ["xx"]}'],
        ['object', '{"locales": {"ar": true}}'],
        ['huge', JSON.stringify({ locales: [HUGE] })],
      ]
      for (const [name, body] of bodies) {
        const res = await ctx.api.request('POST', `/pages/${page}/machine-translate`, { token: ctx.tokens.editor1, body, headers: { 'Content-Type': 'application/json' } })
        results.push({ name, status: res.status, body: res.body, wrote: false })
      }
      for (const id of WRONG_IDS.filter(Boolean)) {
        const res = await ctx.api.request('POST', `/pages/${encodeURIComponent(id)}/machine-translate`, { token: ctx.tokens.editor1, json: { locales: ['ar'] } })
        results.push({ name: `id ${id}`, status: res.status, body: res.body, wrote: false })
      }
      const provider = await ctx.api.request('POST', `/pages/${page}/machine-translate`, { token: ctx.tokens.providerA, json: { locales: ['ar'] } })
      results.push({ name: 'as a provider', status: provider.status, body: provider.body, wrote: false })
      await expectClean(results)
    } finally {
      delete process.env.TRANSLATION_PROVIDER
    }
  })

  test('HSDS (read-only) with bad parameters', async () => {
    const results = []
    for (const query of [
      '/hsds/town-one/services?page=-1',
      '/hsds/town-one/services?per_page=1000000000',
      '/hsds/town-one/services?page=abc&per_page=abc',
      '/hsds/town-one/services?modified_after=not-a-date',
      `/hsds/town-one/services?taxonomy_term_id=${encodeURIComponent(SCRIPT)}`,
      `/hsds/town-one/services?organization_id=${encodeURIComponent("1' OR '1'='1")}`,
      `/hsds/town-one/services?search=${'x'.repeat(5000)}`,
      '/hsds/town-one/services/not-a-uuid',
      '/hsds/no-such-town/services',
      '/hsds/town-one/organizations/00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await ctx.api.request('GET', query)
      results.push({ name: query.slice(0, 80), status: res.status, body: res.body, wrote: false })
    }
    await expectClean(results)
  })

  test('login with wrong types and operator objects', async () => {
    const results = []
    for (const json of [{ email: { $ne: null }, password: { $ne: null } }, { email: 'admin@test.example', password: { $gt: '' } }, { email: HUGE, password: HUGE }, {}, { email: ['a'], password: 1 }]) {
      const res = await ctx.api.request('POST', '/users/login', { json })
      results.push({ name: JSON.stringify(json).slice(0, 60), status: res.status, body: res.body, wrote: false })
      expect((res.body as { token?: string }).token).toBeUndefined()
    }
    await expectClean(results)
  })
})

describe('uploads', () => {
  const upload = async (file: Uint8Array | string, name: string, type: string) => {
    const before = await count('media')
    const res = await ctx.api.request('POST', '/media', { token: ctx.tokens.editor1, body: uploadForm(file, name, type, { alt: 'Bild', municipality: ctx.world.towns.town1 }) })
    return { name, status: res.status, body: res.body, wrote: (await count('media')) !== before }
  }

  test('oversize, disguised, empty and SVG files are refused with a message', async () => {
    const exe = new Uint8Array(4096)
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]) // "MZ": a Windows executable
    const results = [
      await upload(new Uint8Array(11 * 1024 * 1024), 'big.png', 'image/png'),
      await upload(exe, 'photo.png', 'image/png'),
      await upload(exe, 'setup.exe', 'application/octet-stream'),
      await upload(`<html><body>${SCRIPT}</body></html>`, 'photo.png', 'image/png'),
      await upload('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.png', 'image/png'),
      await upload('', 'empty.png', 'image/png'),
    ]
    expect(results.map((r) => [r.name, r.status >= 400 && r.status < 500])).toEqual(results.map((r) => [r.name, true]))
    await expectClean(results)
  })

  test('a path in the file name cannot leave the upload folder', async () => {
    const res = await upload(ctx.png, '../../../etc/evil.png', 'image/png')
    expect(res.status).toBeLessThan(500)
    if (res.status === 201) expect((res.body as { doc: { filename: string } }).doc.filename).not.toMatch(/[\\/]/)
  })
})
