'use client'

import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { portalText } from '@cms/i18n/translate'
import { formControlStyle } from './formControlStyle'

type Action = 'approve' | 'send-back'

/** Approve (publish the change) or send it back with a comment; the answer says what happened. */
export function ReviewActions({ collection, id }: { collection: string; id: string }) {
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  const act = async (action: Action) => {
    setBusy(true)
    try {
      const res = await fetch(`/api/review/${collection}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action === 'send-back' ? { comment } : {}),
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) throw new Error(body.errors?.[0]?.message ?? String(res.status))
      setDone(body.message ?? '')
      toast.success(body.message ?? '')
    } catch (error) {
      toast.error(`${t('review.failed')}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  if (done !== null) {
    return (
      <p className="review-actions__done" role="status">
        {done} <a href="/admin/review">{t('review.back')}</a>
      </p>
    )
  }
  return (
    <section className="review-actions" style={{ display: 'grid', gap: '0.75rem', maxWidth: '40rem', marginTop: 'var(--base)' }}>
      <div>
        <Button buttonStyle="primary" disabled={busy} onClick={() => void act('approve')} size="medium" id="review-approve">
          {t('review.approve')}
        </Button>
      </div>
      <label htmlFor="review-comment">{t('review.comment')}</label>
      <textarea style={formControlStyle} id="review-comment" name="comment" rows={4} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div>
        <Button buttonStyle="secondary" disabled={busy || !comment.trim()} onClick={() => void act('send-back')} size="medium" id="review-send-back">
          {t('review.sendBack')}
        </Button>
      </div>
    </section>
  )
}
