import { useTranslations } from 'next-intl'
import type { DirectoryResult } from '@cms/directory/searchServices'
import type { Locale } from '@shared/locales'
import { pickLocalized } from '@shared/localized'
import { projectPoints } from '@shared/mapProjection'
import { route } from '@shared/routes'
import { TileMap } from './TileMap.client'

const W = 640
const H = 360

/**
 * Where the results are, drawn on the server as SVG: no map tiles, no script, no request to
 * anyone. Each numbered marker is a link to its service; the list above says the same in words.
 * Where MAP_TILE_URL is set, an interactive tile map (Leaflet) is shown above it.
 */
export function ResultsMap({ results, locale, townSlug }: { results: DirectoryResult[]; locale: Locale; townSlug: string }) {
  const t = useTranslations('Directory')
  const markers = results.flatMap((service, index) =>
    service.locations.map((location) => ({ service, location, number: index + 1 })),
  )
  if (!markers.length) return null
  // Tiles come only from a server the town configured: nothing third-party by default.
  const tileUrl = process.env.MAP_TILE_URL
  const points = projectPoints(markers.map((m) => m.location), W, H)
  const href = (service: DirectoryResult) => route.service({ locale, town: townSlug, slug: service.slug })
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
          points={markers.map((m) => ({
            latitude: m.location.latitude,
            longitude: m.location.longitude,
            number: m.number,
            href: href(m.service),
            label: pickLocalized(m.service.title, locale)?.value ?? m.service.slug,
          }))}
        />
      ) : null}
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('map')}>
        <rect width={W} height={H} rx="12" className="map-bg" />
        {markers.map((m, i) => {
          // One projected point per marker, in the same order.
          const p = points[i]
          if (!p) return null
          const title = pickLocalized(m.service.title, locale)?.value ?? m.service.slug
          return (
            <a key={`${m.service.id}-${m.location.id}`} href={href(m.service)}>
              <title>{`${m.number}. ${title} – ${m.location.name}`}</title>
              <circle cx={p.x} cy={p.y} r="13" className="map-marker" />
              <text x={p.x} y={p.y} className="map-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                {m.number}
              </text>
            </a>
          )
        })}
      </svg>
    </figure>
  )
}
