import sharp from 'sharp'
import { uploadForm } from './helpers/rest'
import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
let png: Buffer
beforeAll(async () => {
  ctx = await setupWorld()
  png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#0b5394' } }).png().toBuffer()
})
afterAll(async () => ctx?.cleanup())

const form = uploadForm

const count = async () => (await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('media uploads', () => {
  test('a provider uploads an image for its organisation; sizes are made', async () => {
    const res = await ctx.api.request<{ doc: { sizes: Record<string, { width: number; mimeType: string }>; municipality: string } }>('POST', '/media', {
      token: ctx.tokens.providerA,
      body: form(png, 'team.png', 'image/png', { alt: 'Das Beratungsteam', organization: ctx.world.orgs.A }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.sizes.thumbnail?.width).toBe(320)
    expect(res.body.doc.sizes.card?.mimeType).toBe('image/webp')
    expect((res.body.doc.municipality as unknown as { id: string }).id).toBe(ctx.world.towns.town1)
  })

  test('a provider cannot upload for another organisation', async () => {
    const before = await count()
    const res = await ctx.api.request('POST', '/media', {
      token: ctx.tokens.providerA,
      body: form(png, 'x.png', 'image/png', { alt: 'x', organization: ctx.world.orgs.C }),
    })
    expect(res.status).toBe(400)
    expect(await count()).toBe(before)
  })

  test('anonymous uploads are refused', async () => {
    const res = await ctx.api.request('POST', '/media', { body: form(png, 'x.png', 'image/png', { alt: 'x' }) })
    expect(res.status).toBe(403)
  })

  test('SVG is refused', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const res = await ctx.api.request('POST', '/media', {
      token: ctx.tokens.editor1,
      body: form(svg, 'logo.svg', 'image/svg+xml', { alt: 'Logo', municipality: ctx.world.towns.town1 }),
    })
    expect(res.status).toBe(400)
  })

  test('a script disguised as a PNG is refused', async () => {
    const before = await count()
    const res = await ctx.api.request('POST', '/media', {
      token: ctx.tokens.editor1,
      body: form('<html><script>alert(1)</script></html>', 'photo.png', 'image/png', { alt: 'Foto', municipality: ctx.world.towns.town1 }),
    })
    expect(res.status).toBe(400)
    expect(await count()).toBe(before)
  })

  test('an image without alt text is refused with a reason', async () => {
    const res = await ctx.api.request('POST', '/media', {
      token: ctx.tokens.editor1,
      body: form(png, 'x.png', 'image/png', { municipality: ctx.world.towns.town1 }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/alt/)
  })

  test('another provider cannot delete the upload; an editor of the town can', async () => {
    const { docs } = await ctx.payload.find({ collection: 'media', overrideAccess: true, limit: 1 })
    const id = docs[0]?.id as string
    expect((await ctx.api.request('DELETE', `/media/${id}`, { token: ctx.tokens.providerB })).status).toBe(403)
    expect([403, 404]).toContain((await ctx.api.request('DELETE', `/media/${id}`, { token: ctx.tokens.editor2 })).status)
    expect((await ctx.api.request('DELETE', `/media/${id}`, { token: ctx.tokens.editor1 })).status).toBe(200)
  })
})
