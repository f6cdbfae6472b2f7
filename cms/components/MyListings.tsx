import type { ServerProps } from 'payload'
import { isProvider } from '@cms/access/roles'
import type { PortalKey } from '@cms/i18n/en'
import { portalText } from '@cms/i18n/translate'
import { myListings, type ListingState } from '@cms/review/listings'

type Props = Pick<ServerProps, 'i18n' | 'payload' | 'user'>

/** Each state in plain words and the one thing to do about it. */
const WORDS: Record<ListingState, { state: PortalKey; action: PortalKey }> = {
  sentBack: { state: 'myListings.sentBack', action: 'myListings.fix' },
  pending: { state: 'myListings.pending', action: 'myListings.view' },
  stale: { state: 'myListings.stale', action: 'myListings.check' },
  live: { state: 'myListings.live', action: 'myListings.edit' },
  draft: { state: 'myListings.draft', action: 'myListings.submit' },
}

const cell = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'start' as const, verticalAlign: 'top' as const }

/**
 * The provider's dashboard: each of their organisations' entries with its state in plain words
 * (live · change waiting for review · please confirm it is still correct · sent back, with the
 * editor's comment) and one action (cms/review/listings.ts).
 */
export async function MyListings({ i18n, payload, user }: Props) {
  if (!user || !isProvider(user)) return null
  const t = portalText(i18n.t)
  const listings = await myListings(payload, user)
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
