import type { LatLng } from './geo'

/** Coordinates in links: six decimals are ~10 cm, enough for a door and short to read. */
const coord = (n: number) => String(Math.round(n * 1e6) / 1e6)

/**
 * Links that take a reader to a place. The https link opens OpenStreetMap's route planner in
 * any browser (desktop, iPhone); the `geo:` link hands the place to the phone's own maps app
 * (Android and most others), with the name in the query so the app shows what it is.
 * Both are plain links the reader chooses to follow: nothing is loaded from elsewhere.
 */
export function directionsLinks(place: LatLng & { name?: string | null }): { osm: string; geo: string } {
  const lat = coord(place.latitude)
  const lon = coord(place.longitude)
  const name = place.name?.replace(/[()]/g, ' ').trim()
  return {
    osm: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}#map=17/${lat}/${lon}`,
    geo: `geo:${lat},${lon}?q=${lat},${lon}${name ? `(${encodeURIComponent(name)})` : ''}`,
  }
}
