import { directionsLinks } from '@shared/directions'
import { clusterMarkers } from '@shared/mapClusters'
import { fitProjection } from '@shared/mapProjection'
import { scaleBar } from '@shared/scaleBar'
import { parseTownShapes } from '@shared/townShapes'

describe('directions links', () => {
  it('gives an OpenStreetMap route link and a geo: link with the place name', () => {
    const links = directionsLinks({ latitude: 50.9747123456, longitude: 10.3201, name: 'Beratung (Haus 2)' })
    expect(links.osm).toBe('https://www.openstreetmap.org/directions?to=50.974712%2C10.3201#map=17/50.974712/10.3201')
    expect(links.geo).toBe('geo:50.974712,10.3201?q=50.974712,10.3201(Beratung%20%20Haus%202)')
  })
  it('leaves the name out when there is none', () => {
    expect(directionsLinks({ latitude: 1, longitude: 2 }).geo).toBe('geo:1,2?q=1,2')
  })
})

describe('scale bar', () => {
  it('takes the longest round distance that fits', () => {
    expect(scaleBar(10, 120)).toEqual({ metres: 1000, px: 100, label: '1 km' })
    expect(scaleBar(3, 120)).toEqual({ metres: 200, px: 200 / 3, label: '200 m' })
    expect(scaleBar(0, 120)).toBeNull()
  })
})

describe('map projection', () => {
  const eisenach = [
    { latitude: 50.9747, longitude: 10.3201 },
    { latitude: 50.9807, longitude: 10.3105 },
    { latitude: 50.9662, longitude: 10.3398 },
  ]
  it('keeps every point inside the margin, north up', () => {
    const p = fitProjection(eisenach, 400, 300, 21)
    if (!p) throw new Error('no projection')
    const pts = eisenach.map(p.project)
    for (const q of pts) {
      expect(q.x).toBeGreaterThanOrEqual(21 - 1e-9)
      expect(q.x).toBeLessThanOrEqual(400 - 21 + 1e-9)
      expect(q.y).toBeGreaterThanOrEqual(21 - 1e-9)
      expect(q.y).toBeLessThanOrEqual(300 - 21 + 1e-9)
    }
    expect(pts[1]?.y).toBeLessThan(pts[2]?.y ?? 0)
  })
  it('knows the ground distance of a drawn unit', () => {
    const p = fitProjection([{ latitude: 50, longitude: 10 }, { latitude: 50.01, longitude: 10 }], 400, 300, 0, 0)
    // 0.01° of latitude (~1113 m) fills the 300 units of height.
    expect(p?.metresPerPx).toBeCloseTo(1113.2 / 300, 1)
  })
  it('does not blow one place up to fill the map', () => {
    expect(fitProjection([{ latitude: 50, longitude: 10 }], 400, 300)?.metresPerPx).toBeGreaterThan(2)
  })
})

describe('marker clusters', () => {
  it('merges markers that would overlap until none do, keeping every item once', () => {
    const points = [
      { x: 100, y: 100, item: 1 },
      { x: 110, y: 104, item: 2 },
      { x: 125, y: 100, item: 3 },
      { x: 300, y: 200, item: 4 },
      { x: 340, y: 200, item: 5 },
    ]
    const r = 15
    const clusters = clusterMarkers(points, r)
    expect(clusters.flatMap((c) => c.items).sort()).toEqual([1, 2, 3, 4, 5])
    for (const a of clusters) for (const b of clusters) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * r)
    expect(clusters.find((c) => c.items.includes(1))?.items).toEqual([1, 2, 3])
    expect(clusters.find((c) => c.items.includes(4))?.items).toEqual([4])
  })
  it('stays inside the box the points are in', () => {
    const points = Array.from({ length: 30 }, (_, i) => ({ x: 20 + ((i * 37) % 360), y: 20 + ((i * 53) % 260), item: i }))
    for (const c of clusterMarkers(points, 15)) {
      expect(c.x).toBeGreaterThanOrEqual(20)
      expect(c.x).toBeLessThanOrEqual(380)
      expect(c.y).toBeGreaterThanOrEqual(20)
      expect(c.y).toBeLessThanOrEqual(280)
    }
  })
})

describe('town shapes', () => {
  const square = [[10.3, 50.97], [10.33, 50.97], [10.33, 50.99], [10.3, 50.99], [10.3, 50.97]]
  const collection = (features: unknown[], extra: object = {}) => ({ type: 'FeatureCollection', features, ...extra })
  const feature = (geometry: unknown, properties: object = {}) => ({ type: 'Feature', properties, geometry })

  it('reads polygons and multipolygons with their names and kinds', () => {
    const parsed = parseTownShapes(
      collection([feature({ type: 'Polygon', coordinates: [square] }, { name: 'Eisenach', kind: 'outline' }), feature({ type: 'MultiPolygon', coordinates: [[square], [square]] }, { name: 'Nord' })], { illustrative: true }),
    )
    expect(parsed).toEqual({
      ok: true,
      value: { illustrative: true, shapes: [{ name: 'Eisenach', kind: 'outline', polygons: [[square]] }, { name: 'Nord', kind: 'district', polygons: [[square], [square]] }] },
    })
  })
  it('accepts no shapes', () => {
    expect(parseTownShapes(null)).toEqual({ ok: true, value: null })
  })
  it('names the broken rule', () => {
    expect(parseTownShapes({ type: 'Feature' })).toEqual({ ok: false, problem: 'notCollection' })
    expect(parseTownShapes(collection([feature({ type: 'Point', coordinates: [10, 50] })]))).toEqual({ ok: false, problem: 'geometry', feature: 1 })
    expect(parseTownShapes(collection([feature({ type: 'Polygon', coordinates: [[[10, 50], [11, 95], [10, 50], [10, 50]]] })]))).toEqual({ ok: false, problem: 'coordinates', feature: 1 })
    expect(parseTownShapes(collection([feature({ type: 'Polygon', coordinates: [[[10, 50], [11, 50]]] })]))).toEqual({ ok: false, problem: 'coordinates', feature: 1 })
    const big = Array.from({ length: 40000 }, (_, i) => [10 + i / 1e5, 50])
    expect(parseTownShapes(collection([feature({ type: 'Polygon', coordinates: [big] })]))).toEqual({ ok: false, problem: 'tooLarge' })
    expect(parseTownShapes(collection(Array.from({ length: 61 }, () => feature({ type: 'Polygon', coordinates: [square] }))))).toEqual({ ok: false, problem: 'tooMany' })
  })
})
