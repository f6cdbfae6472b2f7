import type { Projected } from './mapProjection'

export interface ClusterInput<T> extends Projected {
  item: T
}

export interface Cluster<T> extends Projected {
  items: T[]
}

/**
 * Merges markers that would overlap at the drawn size: any two closer than `2 * radius + gap`
 * become one cluster at their (weighted) centre, again until no two overlap. So every drawn
 * marker stands free and can be read and tapped. The centre of points inside a box stays
 * inside it, so clusters never leave the map. Order: by first item, as given.
 */
export function clusterMarkers<T>(points: ClusterInput<T>[], radius: number, gap = 2): Cluster<T>[] {
  const clusters: Cluster<T>[] = points.map((p) => ({ x: p.x, y: p.y, items: [p.item] }))
  const minDistance = 2 * radius + gap
  for (;;) {
    let best: [number, number] | null = null
    let bestDistance = minDistance
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i] as Cluster<T>
        const b = clusters[j] as Cluster<T>
        const d = Math.hypot(a.x - b.x, a.y - b.y)
        if (d < bestDistance) {
          bestDistance = d
          best = [i, j]
        }
      }
    }
    if (!best) return clusters
    const [i, j] = best
    const a = clusters[i] as Cluster<T>
    const b = clusters[j] as Cluster<T>
    const n = a.items.length + b.items.length
    clusters[i] = {
      x: (a.x * a.items.length + b.x * b.items.length) / n,
      y: (a.y * a.items.length + b.y * b.items.length) / n,
      items: [...a.items, ...b.items],
    }
    clusters.splice(j, 1)
  }
}
