import type { LatLng } from '@shared/geo'
import { isValidLatitude, isValidLongitude } from '@shared/geo'

export interface Address {
  street: string
  postalCode: string
  city: string
}

/**
 * Finds coordinates for an address, for rows without latitude and longitude. The import asks
 * once per distinct address and treats null as "not found" (the row is skipped with
 * `missing-coordinates`). Implement this to plug in any geocoder.
 */
export interface Geocoder {
  /** For messages and the report ("none", "nominatim"). */
  readonly name: string
  geocode(address: Address): Promise<LatLng | null>
}

/** The default: no network, no coordinates. Nothing about a town's entries leaves the machine. */
export const noGeocoder: Geocoder = { name: 'none', geocode: async () => null }

export interface NominatimOptions {
  /** The server, e.g. a self-hosted Nominatim at http://nominatim.internal:8080 (no trailing /search). */
  url: string
  /** Nominatim's usage policy asks for an identifying User-Agent. */
  userAgent?: string
  /** At least this long between two requests (the public server allows one per second). */
  minIntervalMs?: number
  timeoutMs?: number
  /** For tests: a stand-in for the global fetch. */
  fetch?: typeof fetch
}

/**
 * A Nominatim geocoder (https://nominatim.org): structured search by street, postcode and
 * city in Germany, first hit. Requests are spaced by `minIntervalMs`.
 */
export function nominatimGeocoder(options: NominatimOptions): Geocoder {
  const base = options.url.replace(/\/+$/, '')
  const minInterval = options.minIntervalMs ?? 1000
  const doFetch = options.fetch ?? fetch
  let last = 0
  return {
    name: 'nominatim',
    async geocode(address) {
      const wait = last + minInterval - Date.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      last = Date.now()
      const url = new URL(`${base}/search`)
      url.search = new URLSearchParams({
        street: address.street,
        postalcode: address.postalCode,
        city: address.city,
        countrycodes: 'de',
        format: 'jsonv2',
        limit: '1',
      }).toString()
      const res = await doFetch(url, {
        headers: { 'User-Agent': options.userAgent ?? 'integration-portal-import', Accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10000),
      })
      if (!res.ok) throw new Error(`Geocoder answered ${res.status} for ${address.street}, ${address.postalCode} ${address.city}`)
      const hits = (await res.json()) as { lat?: string; lon?: string }[]
      const latitude = Number(hits[0]?.lat)
      const longitude = Number(hits[0]?.lon)
      return isValidLatitude(latitude) && isValidLongitude(longitude) ? { latitude, longitude } : null
    },
  }
}

/**
 * The geocoder the environment asks for: `GEOCODER_URL` (a Nominatim server) switches it on,
 * `GEOCODER_USER_AGENT` and `GEOCODER_MIN_INTERVAL_MS` tune it. Off by default.
 */
export function geocoderFromEnv(env: Record<string, string | undefined> = process.env): Geocoder {
  if (!env.GEOCODER_URL) return noGeocoder
  const interval = Number(env.GEOCODER_MIN_INTERVAL_MS)
  return nominatimGeocoder({
    url: env.GEOCODER_URL,
    userAgent: env.GEOCODER_USER_AGENT,
    minIntervalMs: Number.isFinite(interval) && env.GEOCODER_MIN_INTERVAL_MS !== '' ? interval : undefined,
  })
}
