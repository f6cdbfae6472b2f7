import type { ServerProps, Where } from 'payload'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { isStaff } from '../access/roles'
import { pendingCount } from '../review/queue'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const SIX_MONTHS_MS = 6 * 30.44 * 24 * 60 * 60 * 1000

/**
 * The editors' work list on the dashboard: what waits for their review (all in the review queue,
 * and by kind), and which entries nobody has confirmed for six months. Counts are read as the
 * logged-in user, so each sees their towns'. Providers have their own list (MyListings).
 */
export async function DirectoryWorkList({ i18n, payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const pending: Where = { pendingReview: { equals: true } }
  const cutoff = new Date(Date.now() - SIX_MONTHS_MS).toISOString()
  const stale: Where = { and: [{ status: { not_equals: 'ended' } }, { lastVerifiedAt: { less_than: cutoff } }] }
  // A provider's change to a published entry lives in its newest draft: count those (draft: true).
  const count = (collection: 'services' | 'locations', where: Where, draft: boolean) =>
    payload.find({ collection, where, draft, limit: 1, depth: 0, overrideAccess: false, user, select: {} }).then((r) => r.totalDocs)
  const [waiting, pendingServices, pendingLocations, staleServices] = await Promise.all([
    pendingCount(payload, user),
    count('services', pending, true),
    count('locations', pending, true),
    count('services', stale, false),
  ])
  const q = (where: string) => `?${where}`
  const t = portalText(i18n.t)
  const rows = [
    { label: t('workList.review'), n: waiting, href: '/admin/review' },
    { label: t('workList.pendingServices'), n: pendingServices, href: `/admin/collections/services${q('where[pendingReview][equals]=true')}` },
    { label: t('workList.pendingLocations'), n: pendingLocations, href: `/admin/collections/locations${q('where[pendingReview][equals]=true')}` },
    {
      label: t('workList.staleServices'),
      n: staleServices,
      href: `/admin/collections/services${q(`where[lastVerifiedAt][less_than]=${encodeURIComponent(cutoff)}&sort=lastVerifiedAt`)}`,
    },
  ]
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-label={t('workList.label')}>
      <h2 style={{ marginBottom: 'var(--base)' }}>{t('workList.title')}</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
        {rows.map((row) => (
          <li key={row.href}>
            <a href={row.href} style={{ fontWeight: row.n ? 700 : 400 }}>
              {formatNumber(i18n.language, row.n)} – {row.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
