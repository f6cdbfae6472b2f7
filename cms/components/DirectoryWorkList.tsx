import type { Payload, TypedUser, Where } from 'payload'
import { organizationIDsOf } from '../access/ids'
import { isProvider, isStaff } from '../access/roles'

interface Props {
  payload: Payload
  user?: TypedUser | null
}

const SIX_MONTHS_MS = 6 * 30.44 * 24 * 60 * 60 * 1000

/**
 * The dashboard's work list: what waits for an editor's review, and which entries nobody has
 * confirmed for six months. Counts are read as the logged-in user, so each sees their own.
 */
export async function DirectoryWorkList({ payload, user }: Props) {
  if (!user || !(isStaff(user) || isProvider(user))) return null
  const pending: Where = { pendingReview: { equals: true } }
  const cutoff = new Date(Date.now() - SIX_MONTHS_MS).toISOString()
  const stale: Where = { and: [{ status: { not_equals: 'ended' } }, { lastVerifiedAt: { less_than: cutoff } }] }
  // A provider's change to a published entry lives in its newest draft: count those (draft: true).
  const own: Where | null = isProvider(user) ? { organization: { in: organizationIDsOf(user) } } : null
  const count = (collection: 'services' | 'locations', where: Where, draft: boolean) =>
    payload
      .find({ collection, where: own ? { and: [where, own] } : where, draft, limit: 1, depth: 0, overrideAccess: false, user, select: {} })
      .then((r) => r.totalDocs)
  const [pendingServices, pendingLocations, staleServices] = await Promise.all([
    count('services', pending, true),
    count('locations', pending, true),
    count('services', stale, false),
  ])
  const q = (where: string) => `?${where}`
  const rows = [
    { label: 'Angebote warten auf Prüfung / services awaiting review', n: pendingServices, href: `/admin/collections/services${q('where[pendingReview][equals]=true')}` },
    { label: 'Standorte warten auf Prüfung / locations awaiting review', n: pendingLocations, href: `/admin/collections/locations${q('where[pendingReview][equals]=true')}` },
    {
      label: 'Angebote seit 6 Monaten nicht bestätigt / services not confirmed for 6 months',
      n: staleServices,
      href: `/admin/collections/services${q(`where[lastVerifiedAt][less_than]=${encodeURIComponent(cutoff)}&sort=lastVerifiedAt`)}`,
    },
  ]
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-label="Directory work list">
      <h2 style={{ marginBottom: 'var(--base)' }}>Angebotsverzeichnis / Directory</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
        {rows.map((row) => (
          <li key={row.href}>
            <a href={row.href} style={{ fontWeight: row.n ? 700 : 400 }}>
              {row.n} – {row.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
