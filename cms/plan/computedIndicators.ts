import type { Payload, Where } from 'payload'
import { SPOKEN_LANGUAGE_CODES } from '@shared/languages'

export interface ComputedRow {
  key: string
  value: number
}

const SIX_MONTHS_MS = 6 * 30.44 * 24 * 60 * 60 * 1000
const DAY_MS = 86_400_000

/**
 * Indicators the portal computes from its own data, so a structure analysis ("which
 * languages have no counselling?") is always current. Public, published data only, except the
 * anonymous view counts. Rows are sorted by value, largest first.
 */
export async function computeIndicator(payload: Payload, kind: string, townID: string, now = new Date()): Promise<ComputedRow[]> {
  const published: { and: Where[] } = { and: [{ municipality: { equals: townID } }, { _status: { equals: 'published' } }, { status: { not_equals: 'ended' } }] }
  switch (kind) {
    case 'services-total': {
      const { totalDocs } = await payload.count({ collection: 'services', where: published, overrideAccess: true })
      return [{ key: 'total', value: totalDocs }]
    }
    case 'verified-share': {
      const [{ totalDocs: all }, { totalDocs: fresh }] = await Promise.all([
        payload.count({ collection: 'services', where: published, overrideAccess: true }),
        payload.count({
          collection: 'services',
          where: { and: [...published.and, { lastVerifiedAt: { greater_than_equal: new Date(now.getTime() - SIX_MONTHS_MS).toISOString() } }] },
          overrideAccess: true,
        }),
      ])
      return [{ key: 'share', value: all ? Math.round((fresh / all) * 1000) / 10 : 0 }]
    }
    case 'counselling-per-language': {
      const { docs } = await payload.find({
        collection: 'services',
        where: published,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { languages: true, kind: true },
      })
      // Every language the town's services speak gets a row, so a gap in counselling shows as 0.
      const counts = new Map<string, number>()
      for (const s of docs) {
        for (const l of s.languages ?? []) counts.set(l, (counts.get(l) ?? 0) + (s.kind === 'counselling' ? 1 : 0))
      }
      for (const code of counts.keys()) if (!SPOKEN_LANGUAGE_CODES.includes(code)) counts.delete(code)
      return [...counts].map(([key, value]) => ({ key, value })).sort((a, b) => b.value - a.value || a.key.localeCompare(b.key))
    }
    case 'portal-views-per-locale': {
      const since = new Date(now.getTime() - 30 * DAY_MS).toISOString().slice(0, 10)
      const { docs } = await payload.find({
        collection: 'page-views',
        where: { and: [{ municipality: { equals: townID } }, { day: { greater_than_equal: since } }] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { locale: true, count: true },
      })
      const counts = new Map<string, number>()
      for (const v of docs) counts.set(v.locale, (counts.get(v.locale) ?? 0) + v.count)
      return [...counts].map(([key, value]) => ({ key, value })).sort((a, b) => b.value - a.value)
    }
    default:
      return []
  }
}
