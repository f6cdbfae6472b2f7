import type { AdminViewServerProps } from 'payload'
import { isStaff } from '@cms/access/roles'
import { formatDate } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import { reviewQueue } from '@cms/review/queue'
import { ReviewView } from './ReviewView'
import { REVIEW_TABLE_PHONE_LAYOUT } from './reviewTableLayout'

const cell = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'start' as const }

/** `/admin/review`: every change waiting in the editor's towns (services, places, events, organisations), newest first. */
export async function ReviewQueue(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const t = portalText(req.i18n.t)
  const user = req.user
  const items = user && isStaff(user) ? await reviewQueue(req.payload, user) : null
  return (
    <ReviewView {...props}>
      <style>{REVIEW_TABLE_PHONE_LAYOUT}</style>
      <h1 style={{ margin: 'var(--base) 0' }}>{t('review.queueTitle')}</h1>
      {items === null ? (
        <p>{t('review.error.forbidden')}</p>
      ) : items.length === 0 ? (
        <p className="review-queue__empty">{t('review.queueEmpty')}</p>
      ) : (
        // On a phone each change is a block of lines (its four columns ran past a 390 px screen).
        <table className="review-queue review-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t('review.entry')}</th>
              <th style={cell}>{t('review.kind')}</th>
              <th style={cell}>{t('field.organization')}</th>
              <th style={cell}>{t('review.changedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}:${item.id}`} data-collection={item.collection} data-id={item.id}>
                <td style={cell}>
                  <a href={`/admin/review/${item.collection}/${item.id}`}>{item.title}</a>
                  {item.isNew ? <span style={{ marginInlineStart: '0.5rem', opacity: 0.7 }}>({t('review.newEntry')})</span> : null}
                </td>
                <td style={cell} data-label={t('review.kind')}>{t(`${item.collection}.singular`)}</td>
                <td style={cell} data-label={t('field.organization')}>{item.organization ?? '–'}</td>
                <td style={cell} data-label={t('review.changedAt')}>{formatDate(req.i18n.language, item.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReviewView>
  )
}
