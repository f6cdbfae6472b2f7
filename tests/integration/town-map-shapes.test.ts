import { DEMO_TOWN_SHAPES } from '@cms/seed/demoTownShapes'
import { setupWorld } from './helpers/setup'

let ctx: Awaited<ReturnType<typeof setupWorld>>
beforeAll(async () => {
  ctx = await setupWorld()
})
afterAll(async () => ctx?.cleanup())

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const fieldErrors = (b: ErrorBody) => b.errors.flatMap((e) => e.data?.errors ?? [])
const point = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [10.3, 50.97] } }] }

describe("a town's outline and districts (GeoJSON)", () => {
  test('valid shapes are stored as sent', async () => {
    const shapes = DEMO_TOWN_SHAPES.eisenach
    const res = await ctx.api.request('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json: { mapShapes: shapes } })
    expect(res.status).toBe(200)
    const town = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })
    expect(town.mapShapes).toEqual(shapes)
  })

  test.each([
    ['not GeoJSON', { hello: 'world' }, /FeatureCollection/],
    ['a point', point, /(Shape|Umriss) 1/],
    ['too large', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [Array.from({ length: 40000 }, (_, i) => [10 + i / 1e5, 50])] } }] }, /kB/],
  ])('%s: a 400 with the reason, nothing written', async (_, mapShapes, reason) => {
    const before = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })
    const res = await ctx.api.request<ErrorBody>('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json: { mapShapes, name: 'Changed' } })
    expect(res.status).toBe(400)
    const error = fieldErrors(res.body).find((e) => e.path === 'mapShapes')
    expect(error?.message).toMatch(reason)
    const after = await ctx.payload.findByID({ collection: 'municipalities', id: ctx.world.towns.town1, overrideAccess: true })
    expect(after.name).toBe(before.name)
    expect(after.mapShapes).toEqual(before.mapShapes)
  })

  test('the reason comes in the admin language', async () => {
    const en = await ctx.api.request<ErrorBody>('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json: { mapShapes: point }, headers: { 'Accept-Language': 'en' } })
    const ar = await ctx.api.request<ErrorBody>('PATCH', `/municipalities/${ctx.world.towns.town1}`, { token: ctx.tokens.admin, json: { mapShapes: point }, headers: { 'Accept-Language': 'ar' } })
    expect(fieldErrors(en.body)[0]?.message).toBe('Shape 1 is not a Polygon or MultiPolygon feature.')
    expect(fieldErrors(ar.body)[0]?.message).toBe('الشكل 1 ليس عنصرًا من نوع Polygon أو MultiPolygon.')
  })
})
