/**
 * Illustrative outline and districts for the demo town's results map: rough boxes drawn by hand
 * around the demo places, not official boundaries. The map says so (`illustrative`).
 */
type Box = [west: number, south: number, east: number, north: number]

const polygon = ([w, s, e, n]: Box) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] })

const feature = (name: string, kind: 'outline' | 'district', geometry: ReturnType<typeof polygon>) => ({ type: 'Feature', properties: { name, kind }, geometry })

export const DEMO_TOWN_SHAPES: Record<string, Record<string, unknown>> = {
  eisenach: {
    type: 'FeatureCollection',
    illustrative: true,
    features: [
      feature('Eisenach', 'outline', {
        type: 'Polygon',
        coordinates: [[[10.276, 50.963], [10.3, 50.958], [10.338, 50.96], [10.352, 50.975], [10.348, 50.994], [10.31, 50.997], [10.278, 50.992], [10.27, 50.978], [10.276, 50.963]]],
      }),
      feature('Innenstadt', 'district', polygon([10.311, 50.9705, 10.331, 50.98])),
      feature('Eisenach-Nord', 'district', polygon([10.311, 50.98, 10.345, 50.992])),
      feature('Eisenach-Süd', 'district', polygon([10.306, 50.962, 10.336, 50.9705])),
      feature('Eisenach-West', 'district', polygon([10.28, 50.966, 10.311, 50.98])),
      feature('Stregda', 'district', polygon([10.279, 50.98, 10.311, 50.991])),
    ],
  },
}
