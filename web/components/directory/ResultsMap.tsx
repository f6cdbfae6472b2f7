import { getTranslations } from '@web/i18n/translations'
import { ChangeMemo } from '@cms/cache/changeMemo'
import type { DirectoryLocation, DirectoryResult } from '@cms/directory/searchServices'
import { TOWNS_TAG } from '@shared/cacheTags'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { clusterMarkers } from '@shared/mapClusters'
import { fitProjection } from '@shared/mapProjection'
import { route } from '@shared/routes'
import { scaleBar } from '@shared/scaleBar'
import { parseTownShapes } from '@shared/townShapes'
import { getCompose } from '@web/lib/compose'
import { formatDistance, formatNumber } from '@web/lib/format'
import { formatList } from '@web/lib/list'
import { payloadClient } from '@web/lib/payload'
import { TileMap } from './TileMap.client'
import { sentence } from '@web/lib/sentence'

// Drawn size: on a 390 px phone the map is ~360 px wide, so a marker is ~26 px across with ~14 px digits.
const W = 400
const H = 300
const R = 15
const MARGIN = R + 6

declare global {
  /** The towns' map shapes read by this process, by slug (on globalThis: Next.js may load this module once per route bundle). */
  var __integrationPortalTownShapesMemo: ChangeMemo<{ shapes: unknown }> | undefined
}

/**
 * The town's outline and districts (GeoJSON from the admin), kept in this process until the
 * town (or the list of towns) changes, as the town itself is (web/lib/towns.ts): every directory
 * answer draws them, and reading them was its one query left. Kept wrapped, so that a town
 * without shapes is remembered too (a memo keeps no null). The page is tagged with its town
 * already (townPage), which is what a write to the town drops.
 */
const shapesMemo = (globalThis.__integrationPortalTownShapesMemo ??= new ChangeMemo<{ shapes: unknown }>((tag) => tag === TOWNS_TAG))

async function readShapes(slug: string): Promise<{ shapes: unknown }> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'municipalities', where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: false, select: { mapShapes: true } })
  return { shapes: docs[0]?.mapShapes ?? null }
}

const townShapes = async (slug: string): Promise<unknown> => (await shapesMemo.get(slug, () => readShapes(slug))).shapes

interface Marker {
  number: number
  service: DirectoryResult
  location: DirectoryLocation
}

/**
 * Where the results are, drawn on the server as SVG: no map tiles, no script, no request to
 * anyone. Each result has one numbered marker, at its first place, that links to it; the key
 * below says which number is which. Markers that would overlap are drawn as one ring with the
 * number of places in it. Further places of a result are small dots. A scale bar gives the distances.
 * Where MAP_TILE_URL is set, an interactive tile map (Leaflet) is shown above it.
 */
export async function ResultsMap({ results, locale, townSlug }: { results: DirectoryResult[]; locale: Locale; townSlug: string }) {
  const t = await getTranslations('Directory')
  const all: Marker[] = results.flatMap((service, index) => service.locations.map((location) => ({ service, location, number: index + 1 })))
  // One number per result: a result with several places used to show its number at each of them.
  const primary = all.filter((m) => m.service.locations[0]?.id === m.location.id)
  const secondary = all.filter((m) => !primary.includes(m))
  const projection = fitProjection(all.map((m) => m.location), W, H, MARGIN)
  if (!projection || !primary.length) return null
  // Tiles come only from a server the town configured: nothing third-party by default.
  const tileUrl = process.env.MAP_TILE_URL
  const title = (service: DirectoryResult) => pickLocalized(service.title, locale)?.value ?? service.slug
  // The markers' and the key's numbers in the reader's digits (the data attributes keep ASCII for scripts).
  const numeral = (n: number) => formatNumber(n, locale, 0)
  const compose = await getCompose(locale)
  const markerTitle = (m: Marker) => compose.numbered(numeral(m.number), compose.withPart(title(m.service), m.location.name))
  const href = (service: DirectoryResult) => route.service({ locale, town: townSlug, slug: service.slug })
  const clusters = clusterMarkers(primary.map((m) => ({ ...projection.project(m.location), item: m })), R)
  const scale = scaleBar(projection.metresPerPx, W * 0.3)
  const anyCluster = clusters.some((c) => c.items.length > 1)
  // The town's outline and districts as uploaded in the admin (checked there; drawn only when valid).
  const parsedShapes = parseTownShapes(await townShapes(townSlug))
  const town = parsedShapes.ok ? parsedShapes.value : null
  const path = (polygons: [number, number][][][]) =>
    polygons
      .flatMap((rings) => rings.map((ring) => `M${ring.map(([longitude, latitude]) => { const p = projection.project({ latitude, longitude }); return `${p.x.toFixed(1)},${p.y.toFixed(1)}` }).join('L')}Z`))
      .join('')
  return (
    <figure className="results-map">
      <figcaption>
        <h2>{t('map')}</h2>
        <p className="hint">{t('mapHint')}</p>
      </figcaption>
      {tileUrl ? (
        <TileMap
          tileUrl={tileUrl}
          attribution={process.env.MAP_TILE_ATTRIBUTION ?? ''}
          label={t('map')}
          points={all.map((m) => ({
            latitude: m.location.latitude,
            longitude: m.location.longitude,
            number: m.number,
            href: href(m.service),
            label: title(m.service),
          }))}
        />
      ) : null}
      {/* Map space is not mirrored for right-to-left scripts: north stays up, east right. */}
      <div dir="ltr" className="map-canvas">
        <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('map')}>
          <rect width={W} height={H} rx="12" className="map-bg" />
          {town?.shapes.map((shape, i) => (
            <path key={i} d={path(shape.polygons)} className={shape.kind === 'outline' ? 'map-outline' : 'map-district'} fillRule="evenodd">
              {shape.name ? <title>{shape.name}</title> : null}
            </path>
          ))}
          {secondary.map((m) => {
            const p = projection.project(m.location)
            return (
              <a key={`${m.service.id}-${m.location.id}`} href={href(m.service)} className="map-more">
                <title>{markerTitle(m)}</title>
                <circle cx={p.x} cy={p.y} r="6" />
              </a>
            )
          })}
          {clusters.map((c) => {
            const [first] = c.items
            if (!first) return null
            if (c.items.length === 1) {
              return (
                <a key={first.service.id} href={href(first.service)} className="map-point" data-number={first.number}>
                  <title>{markerTitle(first)}</title>
                  <circle cx={c.x} cy={c.y} r={R} className="map-marker" />
                  <text x={c.x} y={c.y} className="map-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                    {numeral(first.number)}
                  </text>
                </a>
              )
            }
            const numbers = c.items.map((m) => m.number)
            return (
              <g key={c.items.map((m) => m.service.id).join('-')} className="map-point map-cluster" data-numbers={numbers.join(', ')}>
                <title>{sentence(t, 'mapCluster', { number: formatList(numbers.map(numeral), locale) })}</title>
                <circle cx={c.x} cy={c.y} r={R} className="map-cluster-ring" />
                <text x={c.x} y={c.y} className="map-cluster-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                  {compose.times(numeral(c.items.length))}
                </text>
              </g>
            )
          })}
          {scale ? (
            <g className="map-scale" aria-hidden="true">
              <path d={`M16,${H - 22} v6 h${scale.px} v-6`} />
              <text x={16 + scale.px / 2} y={H - 26} textAnchor="middle">
                {formatDistance(scale.metres, locale)}
              </text>
            </g>
          ) : null}
        </svg>
      </div>
      <div className="map-key">
        <h3>{t('mapKey')}</h3>
        <ol role="list">
          {results.map((service, index) => service.locations.length ? (
            <li key={service.id}>
              <span className="map-key-number" aria-hidden="true">
                {numeral(index + 1)}
              </span>{' '}
              <a href={href(service)}>{title(service)}</a>
              <span className="hint">
                {' – '}
                <bdi lang="de">{service.locations.map((l) => l.name).join(', ')}</bdi>
              </span>
            </li>
          ) : null)}
        </ol>
        {anyCluster ? <p className="hint">{t('mapClusterKey')}</p> : null}
        {town?.shapes.length ? <p className="hint">{town.illustrative ? t('mapShapesIllustrative') : t('mapShapes')}</p> : null}
        {secondary.length ? <p className="hint">{t('mapMoreKey')}</p> : null}
      </div>
    </figure>
  )
}
