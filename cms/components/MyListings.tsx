import type { ServerProps, Where } from 'payload'
import { organizationIDsOf, tenantIDsOf } from '@cms/access/ids'
import { isProvider } from '@cms/access/roles'
import type { PortalKey } from '@cms/i18n/en'
import { portalText } from '@cms/i18n/translate'
import { REVIEWED, TITLE_FIELD, type ReviewedSlug } from '@cms/review/reviewed'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000
const LIMIT = 100

type State = 'sentBack' | 'pending' | 'stale' | 'live' | 'draft'

/** Each state in plain words and the one thing to do about it. */
const WORDS: Record<State, { state: PortalKey; action: PortalKey }> = {
  sentBack: { state: 'myListings.sentBack', action: 'myListings.fix' },
  pending: { state: 'myListings.pending', action: 'myListings.view' },
  stale: { state: 'myListings.stale', action: 'myListings.check' },
  live: { state: 'myListings.live', action: 'myListings.edit' },
  draft: { state: 'myListings.draft', action: 'myListings.submit' },
}

interface Listing {
  collection: ReviewedSlug
  id: string
  title: string
  state: State
  comment: string | null
}

const cell = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'start' as const, verticalAlign: 'top' as const }

/**
 * The provider's dashboard: each of their organisations' entries with its state in plain words
 * (live · change waiting for review · please confirm it is still correct · sent back, with the
 * editor's comment) and one action. Read as the provider (their newest versions, drafts too).
 */
export async function MyListings({ i18n, payload, user }: Props) {
  if (!user || !isProvider(user)) return null
  const t = portalText(i18n.t)
  const orgs = organizationIDsOf(user)
  const towns = tenantIDsOf(user)
  const settings = towns.length
    ? await payload.find({ collection: 'municipalities', where: { id: { in: towns } }, depth: 0, limit: towns.length, pagination: false, overrideAccess: true, select: { directory: true } })
    : null
  // The strictest of the provider's towns (the reminders use each town's own).
  const months = Math.min(6, ...(settings?.docs ?? []).map((town) => town.directory?.staleAfterMonths ?? 6))
  const cutoff = Date.now() - months * MONTH_MS
  const listings: Listing[] = []
  for (const collection of REVIEWED) {
    if (!orgs.length) break
    const own: Where = collection === 'organizations' ? { id: { in: orgs } } : { organization: { in: orgs } }
    const where: Where = collection === 'events' ? { and: [own, { or: [{ lastEnd: { exists: false } }, { lastEnd: { greater_than_equal: new Date().toISOString() } }] }] } : own
    const { docs } = await payload.find({ collection, where, draft: true, depth: 0, limit: LIMIT, sort: TITLE_FIELD[collection], overrideAccess: false, user })
    if (!docs.length) continue
    const ids = docs.map((d) => String(d.id))
    const live = await payload.find({ collection, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, depth: 0, limit: ids.length, pagination: false, overrideAccess: false, user, select: {} })
    const published = new Set(live.docs.map((d) => String(d.id)))
    for (const doc of docs) {
      const fields: Record<string, unknown> = Object.fromEntries(Object.entries(doc))
      const verified = typeof fields.lastVerifiedAt === 'string' ? Date.parse(fields.lastVerifiedAt) : null
      const isLive = published.has(String(doc.id))
      const state: State = fields.pendingReview
        ? 'pending'
        : fields.reviewState === 'sentBack'
          ? 'sentBack'
          : !isLive
            ? 'draft'
            : collection === 'services' && fields.status !== 'ended' && (verified === null || verified < cutoff)
              ? 'stale'
              : 'live'
      listings.push({ collection, id: String(doc.id), title: String(fields[TITLE_FIELD[collection]] ?? doc.id), state, comment: typeof fields.reviewComment === 'string' ? fields.reviewComment : null })
    }
  }
  // What needs the provider first: sent back, then to confirm, then the rest.
  const order: State[] = ['sentBack', 'stale', 'draft', 'pending', 'live']
  listings.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state))
  return (
    <section className="my-listings" style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="my-listings-title">
      <h2 id="my-listings-title" style={{ marginBottom: 'var(--base)' }}>
        {t('myListings.title')}
      </h2>
      {listings.length === 0 ? (
        <p>{t('myListings.empty')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {listings.map((l) => (
              <tr key={`${l.collection}:${l.id}`} className={`my-listings__row my-listings__row--${l.state}`} data-state={l.state} data-collection={l.collection} data-id={l.id}>
                <td style={cell}>
                  <strong>{l.title}</strong>
                  <div style={{ opacity: 0.7, fontSize: '0.9em' }}>{t(`${l.collection}.singular`)}</div>
                </td>
                <td style={cell}>
                  {t(WORDS[l.state].state)}
                  {l.state === 'sentBack' && l.comment ? <blockquote style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' }}>{l.comment}</blockquote> : null}
                </td>
                <td style={cell}>
                  <a href={`/admin/collections/${l.collection}/${l.id}`} className="my-listings__action">
                    {t(WORDS[l.state].action)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
