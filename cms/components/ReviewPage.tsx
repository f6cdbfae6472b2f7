import type { AdminViewServerProps } from 'payload'
import type { DiffRow } from '@shared/reviewDiff'
import { portalText } from '@cms/i18n/translate'
import { directionOf } from '@shared/locales'
import { compareVersions } from '@cms/review/compare'
import { isRefusal, reviewerRefusal } from '@cms/review/reviewed'
import { ReviewActions } from './ReviewActions'
import { ReviewView } from './ReviewView'
import { REVIEW_TABLE_PHONE_LAYOUT } from './reviewTableLayout'

type Row = DiffRow & { label: string }

const cell = { padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'start' as const, verticalAlign: 'top' as const, whiteSpace: 'pre-wrap' as const }
/**
 * A value takes its direction from its own first letter, not from the admin's: in the Arabic
 * admin "03691 892470" otherwise reads "892470 03691", and a German text starts at the wrong end.
 */
const valueCell = { ...cell, unicodeBidi: 'plaintext' as const }
const changedCell = { ...valueCell, background: 'var(--theme-warning-100, #fff4d6)' }

interface Columns {
  live: string
  pending: string
}

function Rows({ rows, changed, columns }: { rows: Row[]; changed: boolean; columns: Columns }) {
  return (
    <>
      {rows.map((row) => (
        <tr key={`${row.path}:${row.locale ?? ''}`} className={changed ? 'review-diff__changed' : 'review-diff__same'} data-path={row.path} data-locale={row.locale ?? ''}>
          <th scope="row" style={cell}>
            {row.label}
            {row.locale ? <span style={{ opacity: 0.7 }}> ({row.locale})</span> : null}
          </th>
          <td style={changed ? changedCell : valueCell} className="review-diff__live" data-label={columns.live}>
            {changed ? <del>{row.live}</del> : row.live}
          </td>
          <td style={changed ? changedCell : valueCell} className="review-diff__pending" data-label={columns.pending}>
            {changed ? <ins>{row.pending}</ins> : row.pending}
          </td>
        </tr>
      ))}
    </>
  )
}

/**
 * `/admin/review/:collection/:id`: the live version beside the pending one, field by field and
 * language by language, the changed fields first and marked, the unchanged folded away; approve,
 * or send back with a comment.
 */
export async function ReviewPage(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const t = portalText(req.i18n.t)
  const segments = props.params?.segments
  const [, collection, id] = Array.isArray(segments) ? segments : []
  const checked = await reviewerRefusal(req, collection, String(id ?? ''))
  if (isRefusal(checked)) {
    return (
      <ReviewView {...props}>
        <p style={{ marginTop: 'var(--base)' }}>{t(checked.reason)}</p>
        <a href="/admin/review">{t('review.back')}</a>
      </ReviewView>
    )
  }
  const comparison = await compareVersions(req.payload, checked.slug, String(id), req.i18n, req.user)
  if (!comparison) {
    return (
      <ReviewView {...props}>
        <p style={{ marginTop: 'var(--base)' }}>{t('review.error.notFound')}</p>
      </ReviewView>
    )
  }
  const columns = { live: t('review.live'), pending: t('review.pending') }
  const changed = comparison.rows.filter((r) => r.changed)
  const same = comparison.rows.filter((r) => !r.changed)
  const head = (
    <thead>
      <tr>
        <th style={{ ...cell, width: '20%' }}>{t('review.field')}</th>
        <th style={{ ...cell, width: '40%' }}>{columns.live}</th>
        <th style={{ ...cell, width: '40%' }}>{columns.pending}</th>
      </tr>
    </thead>
  )
  return (
    <ReviewView {...props}>
      <style>{REVIEW_TABLE_PHONE_LAYOUT}</style>
      <p style={{ marginTop: 'var(--base)' }}>
        {/* "Back" points to where the reader's text starts: left in German, right in Arabic and Persian. */}
        <a href="/admin/review">{directionOf(req.i18n.language) === 'rtl' ? '→' : '←'} {t('review.back')}</a>
      </p>
      <h1 style={{ margin: 'var(--base) 0 0.5rem' }}>{comparison.title}</h1>
      <p style={{ margin: 0, opacity: 0.8 }}>
        {t(`${checked.slug}.singular`)}
        {comparison.organization ? ` · ${comparison.organization}` : ''} ·{' '}
        <a href={`/admin/collections/${checked.slug}/${String(id)}`}>{t('myListings.view')}</a>
      </p>
      {comparison.isNew ? <p className="review-diff__new">{t('review.neverPublished')}</p> : null}
      <table className="review-diff review-table" style={{ borderCollapse: 'collapse', width: '100%', margin: 'var(--base) 0' }}>
        {head}
        <tbody>
          {changed.length ? <Rows rows={changed} changed columns={columns} /> : (
            <tr>
              <td colSpan={3} style={cell}>
                {t('review.noChanges')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {same.length ? (
        <details className="review-diff__unchanged">
          <summary>{t('review.unchanged', { count: same.length })}</summary>
          <table className="review-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
            {head}
            <tbody>
              <Rows rows={same} changed={false} columns={columns} />
            </tbody>
          </table>
        </details>
      ) : null}
      {comparison.pendingReview ? (
        <ReviewActions collection={checked.slug} id={String(id)} />
      ) : (
        <p className="review-diff__done">{t('review.error.nothingPending')}</p>
      )}
    </ReviewView>
  )
}
