'use client'

import { FormSubmit, toast, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useOperation, useTranslation } from '@payloadcms/ui'
import { portalText } from '@cms/i18n/translate'

/**
 * A provider's one action in a reviewing town: saves the change as a draft that waits for an
 * editor (the server marks it), then says in a sentence what happens next.
 */
export function SubmitForReviewButton() {
  const { id, collectionSlug, setUnpublishedVersionCount, uploadStatus } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const disabled = (operation === 'update' && !modified) || uploadStatus === 'uploading'

  const send = async () => {
    if (disabled || !collectionSlug) return
    const action = `${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}?locale=${encodeURIComponent(locale)}&depth=0&draft=true`
    // Without Payload's own "Draft saved successfully" beside ours: two messages (one saying "draft")
    // made a tester wonder whether the change had been sent at all.
    const result = await submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft' }, disableSuccessStatus: true })
    if (result) {
      setUnpublishedVersionCount((count) => count + 1)
      toast.success(t('review.submitted'), { duration: 10000 })
    }
  }

  return (
    <FormSubmit buttonId="action-submit-for-review" className="submit-for-review" disabled={disabled} onClick={() => void send()} size="medium" type="button">
      {t('review.submit')}
    </FormSubmit>
  )
}
