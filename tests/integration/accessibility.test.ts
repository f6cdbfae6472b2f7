import sharp from 'sharp'
import { markPeerStamping, PEER_HEADER } from '@web/lib/peerAddress.mjs'
import { setupWorld } from './helpers/setup'

// As behind web/server.mjs: the socket's address arrives in the internal header.
markPeerStamping()

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

type Errors = { errors: { field: string; code: string }[] }

let address = 0
/** Each call comes from its own address (socket), so the rate limit only bites where a test wants it. */
const submit = (json: Record<string, unknown>, ip = `198.51.100.${++address}`) =>
  ctx.api.request<Errors & { id?: string }>('POST', '/accessibility-feedback/submit', { json, headers: { [PEER_HEADER]: ip } })

const stored = async () => (await ctx.payload.count({ collection: 'accessibility-feedback', overrideAccess: true })).totalDocs

const report = (town: string, extra: Record<string, unknown> = {}) => ({
  town,
  locale: 'ar',
  pageUrl: '/ar/town-one/services',
  description: 'Der Kartenausschnitt ist mit der Tastatur nicht bedienbar.',
  ...extra,
})

describe('barrier reports: the submit endpoint', () => {
  test('anyone reports a barrier; it is stored as new, in the reader’s language, for that town', async () => {
    const res = await submit(report('town-one', { name: 'Amal', email: 'amal@example.org' }))
    expect(res.status).toBe(201)
    const doc = await ctx.payload.findByID({ collection: 'accessibility-feedback', id: String(res.body.id), overrideAccess: true, depth: 0 })
    expect(doc).toMatchObject({ status: 'new', locale: 'ar', municipality: ctx.world.towns.town1, email: 'amal@example.org' })
    expect(doc.subject).toBe('Der Kartenausschnitt ist mit der Tastatur nicht bedienbar.')
  })

  test.each([
    ['no description', { description: '   ' }, 'description', 'required'],
    ['a bad e-mail', { email: 'amal@' }, 'email', 'invalidEmail'],
    ['a filled honeypot', { website: 'https://spam.example' }, 'form', 'spam'],
    ['a description that is too long', { description: 'x'.repeat(5001) }, 'description', 'tooLong'],
    ['a page address that is too long', { pageUrl: 'x'.repeat(501) }, 'pageUrl', 'tooLong'],
  ])('%s: 400 with the reason, nothing stored', async (_name, extra, field, code) => {
    const before = await stored()
    const res = await submit(report('town-one', extra))
    expect(res.status).toBe(400)
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }))
    expect(await stored()).toBe(before)
  })

  test('an unknown town: 404, nothing stored', async () => {
    const before = await stored()
    const res = await submit(report('atlantis'))
    expect(res.status).toBe(404)
    expect(await stored()).toBe(before)
  })

  test('more than five reports from one address in ten minutes: 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await submit(report('town-two'), '203.0.113.7')).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    // Another address is not affected.
    expect((await submit(report('town-two'), '203.0.113.8')).status).toBe(201)
  })

  test('nobody creates reports through the plain REST API, not even an admin', async () => {
    const before = await stored()
    for (const token of [undefined, ctx.tokens.providerA, ctx.tokens.editor1, ctx.tokens.admin]) {
      const res = await ctx.api.request('POST', '/accessibility-feedback', { token, json: { municipality: ctx.world.towns.town1, description: 'x' } })
      expect(res.status).toBe(403)
    }
    expect(await stored()).toBe(before)
  })
})

describe('barrier reports: who reads them', () => {
  let own: string
  beforeAll(async () => {
    own = String((await submit(report('town-one', { email: 'private@example.org' }))).body.id)
  })

  const list = (token?: string) => ctx.api.request<{ docs: { id: string; municipality: unknown }[] }>('GET', '/accessibility-feedback?limit=100&depth=0', { token })

  test('anonymous readers and providers see nothing', async () => {
    for (const token of [undefined, ctx.tokens.providerA]) {
      const res = await list(token)
      expect(res.status).toBe(403)
      const one = await ctx.api.request('GET', `/accessibility-feedback/${own}`, { token })
      expect([403, 404]).toContain(one.status)
    }
  })

  test('an editor sees and answers its own town’s reports only', async () => {
    const mine = await list(ctx.tokens.editor1)
    expect(mine.status).toBe(200)
    expect(mine.body.docs.map((d) => d.id)).toContain(own)
    expect(mine.body.docs.every((d) => d.municipality === ctx.world.towns.town1)).toBe(true)

    const theirs = await list(ctx.tokens.editor2)
    expect(theirs.body.docs.map((d) => d.id)).not.toContain(own)
    const read = await ctx.api.request('GET', `/accessibility-feedback/${own}`, { token: ctx.tokens.editor2 })
    expect([403, 404]).toContain(read.status)
    const change = await ctx.api.request('PATCH', `/accessibility-feedback/${own}`, { token: ctx.tokens.editor2, json: { status: 'answered' } })
    expect([403, 404]).toContain(change.status)
    const remove = await ctx.api.request('DELETE', `/accessibility-feedback/${own}`, { token: ctx.tokens.editor2 })
    expect([403, 404]).toContain(remove.status)

    const answered = await ctx.api.request<{ doc: { status: string } }>('PATCH', `/accessibility-feedback/${own}`, {
      token: ctx.tokens.editor1,
      json: { status: 'in-progress', staffNotes: 'Weitergegeben an die Web-Agentur.' },
    })
    expect(answered.status).toBe(200)
    expect(answered.body.doc.status).toBe('in-progress')
  })

  test('an admin sees every town’s reports', async () => {
    const all = await list(ctx.tokens.admin)
    expect(all.status).toBe(200)
    const towns = new Set(all.body.docs.map((d) => d.municipality))
    expect(towns).toEqual(new Set([ctx.world.towns.town1, ctx.world.towns.town2]))
  })
})

describe('the accessibility statement and the home page’s easy-access place', () => {
  function form(file: Buffer | string, name: string, type: string) {
    const fd = new FormData()
    fd.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), name)
    fd.append('_payload', JSON.stringify({ alt: 'Gebärdensprache: Was bietet dieses Portal?', municipality: ctx.world.towns.town1 }))
    return fd
  }
  const upload = (file: Buffer | string, name: string, type: string) =>
    ctx.api.request<{ doc: { id: string; mimeType: string } }>('POST', '/media', { token: ctx.tokens.editor1, body: form(file, name, type) })

  test('WebVTT captions upload as text/vtt; other text does not, whatever its name', async () => {
    const vtt = await upload('WEBVTT\n\n00:00.000 --> 00:03.000\nWillkommen im Portal.\n', 'dgs.vtt', 'text/vtt')
    expect(vtt.status).toBe(201)
    expect(vtt.body.doc.mimeType).toBe('text/vtt')
    expect((await upload('hello', 'notes.txt', 'text/plain')).status).toBe(400)
    expect((await upload('<script>alert(1)</script>', 'x.png', 'image/png')).status).toBe(400)
    expect((await upload('WEBVTT\n', 'x.mp4', 'video/mp4')).status).toBe(400)
  })

  test('an editor fills in the statement and the easy-German text; a video needs captions', async () => {
    const poster = await upload(await sharp({ create: { width: 64, height: 36, channels: 3, background: '#0b5394' } }).png().toBuffer(), 'poster.png', 'image/png')
    const captions = await upload('WEBVTT\n\n00:00.000 --> 00:03.000\nHallo.\n', 'hallo.vtt', 'text/vtt')
    const id = ctx.world.towns.town1
    const ok = await ctx.api.request<{ doc: { accessibility: { conformance: string; enforcement: { name: string } } } }>('PATCH', `/municipalities/${id}`, {
      token: ctx.tokens.editor1,
      json: {
        accessibility: {
          conformance: 'partial',
          statementDate: '2026-03-01T12:00:00.000Z',
          method: 'external',
          contact: { name: 'Bürgerbüro', email: 'barrierefrei@town-one.example', phone: '03691 670-0' },
          enforcement: { name: 'Landesdurchsetzungsstelle', website: 'https://example.org/schlichtung' },
        },
        easyAccess: { signLanguagePoster: poster.body.doc.id, signLanguageCaptions: captions.body.doc.id },
      },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.accessibility.enforcement.name).toBe('Landesdurchsetzungsstelle')

    const badMail = await ctx.api.request('PATCH', `/municipalities/${id}`, { token: ctx.tokens.editor1, json: { accessibility: { contact: { email: 'nope' } } } })
    expect(badMail.status).toBe(400)
    // A video without captions is refused (WCAG 1.2.2); the poster image is no video.
    const noCaptions = await ctx.api.request('PATCH', `/municipalities/${id}`, {
      token: ctx.tokens.editor1,
      json: { easyAccess: { signLanguageVideo: poster.body.doc.id, signLanguageCaptions: null } },
    })
    expect(noCaptions.status).toBe(400)
    const paths = JSON.stringify(noCaptions.body)
    expect(paths).toContain('easyAccess.signLanguageCaptions')
    expect(paths).toContain('easyAccess.signLanguageVideo')
  })
})
