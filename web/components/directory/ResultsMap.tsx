import { getTranslations } from 'next-intl/server'
import type { DirectoryResult } from '../../../cms/directory/searchServices'
import type { Locale } from '../../../shared/locales'
import { pickLocalized } from '../../../shared/localized'
import { projectPoints } from '../../../shared/mapProjection'

const W = 640
const H = 360

/**
 * Where the results are, drawn on the server as SVG: no map tiles, no script, no request to
 * anyone. Each numbered marker is a link to its service; the list above says the same in words.
 */
export async function ResultsMap({ results, locale, townSlug }: { results: DirectoryResult[]; locale: Locale; townSlug: string }) {
  const t = await getTranslations('Directory')
  const markers = results.flatMap((service, index) =>
    service.locations.map((location) => ({ service, location, number: index + 1 })),
  )
  if (!markers.length) return null
  const points = projectPoints(markers.map((m) => m.location), W, H)
  return (
    <figure className="results-map">
      <figcaption>
        <h2>{t('map')}</h2>
        <p className="hint">{t('mapHint')}</p>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('map')}>
        <rect width={W} height={H} rx="12" className="map-bg" />
        {markers.map((m, i) => {
          const p = points[i] as { x: number; y: number }
          const title = pickLocalized(m.service.title, locale)?.value ?? m.service.slug
          return (
            <a key={`${m.service.id}-${m.location.id}`} href={`/${locale}/${townSlug}/services/${m.service.slug}`}>
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
