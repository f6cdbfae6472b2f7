'use client'

import { useEffect, useRef } from 'react'

export interface MapPoint {
  latitude: number
  longitude: number
  label: string
  href: string
  number: number
}

interface Props {
  /** A tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png (MAP_TILE_URL). */
  tileUrl: string
  attribution: string
  points: MapPoint[]
  label: string
}

/**
 * An interactive map (Leaflet) over the server-drawn one, only where the town configured a
 * tile server: Leaflet is loaded on demand, so pages without a map never download it. The
 * SVG map and the list stay in the page for readers without JavaScript or a screen.
 */
export function TileMap({ tileUrl, attribution, points, label }: Props) {
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let map: import('leaflet').Map | null = null
    let cancelled = false
    import('leaflet').then((L) => {
      if (cancelled || !container.current) return
      const shown = L.map(container.current, { scrollWheelZoom: false })
      map = shown
      L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(shown)
      const markers = points.map((p) =>
        L.circleMarker([p.latitude, p.longitude], { radius: 10, weight: 2, color: '#fff', fillColor: '#0b5394', fillOpacity: 1, className: 'map-marker' })
          .bindPopup(`<a href="${encodeURI(p.href)}">${p.number}. ${p.label.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</a>`)
          .addTo(shown),
      )
      shown.fitBounds(L.featureGroup(markers).getBounds().pad(0.15))
      container.current.closest('figure')?.classList.add('has-tiles')
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [tileUrl, attribution, points])
  // NEEDS_RUNTIME: this page keeps Next's client runtime (web/server.mjs strips it elsewhere).
  return <div ref={container} className="tile-map" role="region" aria-label={label} data-needs-runtime="" />
}
