'use client'

import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { formatDate } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'

const STALE_AFTER_MS = 6 * 30.44 * 24 * 60 * 60 * 1000

/**
 * "Still correct" in the service's sidebar: sets the verification date of the live version
 * without an edit; while a change waits for review it says that the change keeps waiting.
 */
export function VerifyButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const stored = useFormFields(([fields]) => {
    const value = fields.lastVerifiedAt?.value
    return typeof value === 'string' ? value : undefined
  })
  // A change waiting for review is left alone: the button dates only the live version (endpoints/verify.ts).
  const waiting = useFormFields(([fields]) => fields.pendingReview?.value === true)
  const [confirmed, setConfirmed] = useState<string | null>(null)
  const [live, setLive] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The form holds the waiting draft, whose date is older than the live version's: read that one.
  useEffect(() => {
    if (!waiting || !id || !collectionSlug) return
    fetch(`/api/${collectionSlug}/${id}?depth=0&select[lastVerifiedAt]=true`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<{ lastVerifiedAt?: string | null }>) : null))
      .then((doc) => setLive(typeof doc?.lastVerifiedAt === 'string' ? doc.lastVerifiedAt : null))
      .catch(() => setLive(null))
  }, [waiting, id, collectionSlug])
  if (!id) return null
  const newest = [stored, live].filter((d): d is string => typeof d === 'string').sort().at(-1)
  const last = confirmed ?? newest ?? null
  const stale = !last || Date.now() - new Date(last).getTime() > STALE_AFTER_MS

  const verify = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/verify`, { method: 'POST', credentials: 'include' })
      const body = (await res.json()) as { lastVerifiedAt?: string; errors?: { message: string }[] }
      if (!res.ok || !body.lastVerifiedAt) throw new Error(body.errors?.[0]?.message ?? String(res.status))
      setConfirmed(body.lastVerifiedAt)
      toast.success(t('verify.done'))
    } catch (error) {
      toast.error(`${t('verify.failed')}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        {last ? t('verify.last', { date: formatDate(i18n.language, last) }) : t('verify.never')}
      </p>
      {stale ? <p style={{ margin: '0.25rem 0', color: 'var(--theme-error-500)' }}>{t('verify.stale')}</p> : null}
      <Button buttonStyle="secondary" onClick={verify} disabled={busy} size="medium">
        {t('verify.button')}
      </Button>
      <p style={{ margin: 0, fontSize: '0.85em', opacity: 0.8 }}>{t('verify.help')}</p>
      {waiting ? (
        <p className="verify__pending" style={{ margin: '0.25rem 0 0', fontSize: '0.85em' }}>
          {t('verify.pending')}
        </p>
      ) : null}
    </div>
  )
}
