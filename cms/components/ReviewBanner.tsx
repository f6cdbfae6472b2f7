'use client'

import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { isStaff } from '@cms/access/roles'
import { portalText } from '@cms/i18n/translate'

const box = (color: string) => ({
  border: `1px solid ${color}`,
  borderInlineStartWidth: '4px',
  borderRadius: '4px',
  padding: '0.75rem 1rem',
  marginBottom: 'var(--base)',
})

/**
 * Above the form of a service, place, event or organisation: what the review says about it, in
 * plain words. The provider reads that the change waits, or the editor's comment when it was
 * sent back; an editor gets the way to the side-by-side review.
 */
export function ReviewBanner() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const { pending, state, comment } = useFormFields(([fields]) => ({
    pending: fields.pendingReview?.value === true,
    state: fields.reviewState?.value,
    comment: typeof fields.reviewComment?.value === 'string' ? fields.reviewComment.value : '',
  }))
  if (!id) return null
  if (pending) {
    return (
      <div className="review-banner review-banner--pending" role="status" style={box('var(--theme-warning-500, #d98e04)')}>
        {isStaff(user) ? (
          <>
            {t('review.bannerPendingStaff')} <a href={`/admin/review/${collectionSlug}/${id}`}>{t('review.open')}</a>
          </>
        ) : (
          t('review.bannerPending')
        )}
      </div>
    )
  }
  if (state === 'sentBack') {
    return (
      <div className="review-banner review-banner--sent-back" role="status" style={box('var(--theme-error-500, #b00020)')}>
        <p style={{ margin: 0 }}>{t('review.bannerSentBack')}</p>
        <blockquote style={{ margin: '0.5rem 0 0', whiteSpace: 'pre-wrap' }}>{comment}</blockquote>
      </div>
    )
  }
  return null
}
