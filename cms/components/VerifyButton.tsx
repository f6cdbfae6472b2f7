'use client'

import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const STALE_AFTER_MS = 6 * 30.44 * 24 * 60 * 60 * 1000

const TEXT = {
  de: {
    button: 'Noch aktuell',
    help: 'Bestätigt mit einem Klick, dass alle Angaben noch stimmen – ohne etwas zu ändern.',
    last: 'Zuletzt bestätigt',
    never: 'Noch nie bestätigt',
    stale: 'Lange nicht bestätigt: bitte prüfen.',
    done: 'Als aktuell bestätigt.',
    failed: 'Bestätigen hat nicht geklappt',
  },
  en: {
    button: 'Still correct',
    help: 'Confirms in one click that everything is still right – without changing anything.',
    last: 'Last confirmed',
    never: 'Never confirmed',
    stale: 'Not confirmed for a long time: please check.',
    done: 'Confirmed as still correct.',
    failed: 'Could not confirm',
  },
}

/** "Still correct" in the service's sidebar: sets the verification date without an edit. */
export function VerifyButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'de' ? TEXT.de : TEXT.en
  const stored = useFormFields(([fields]) => {
    const value = fields.lastVerifiedAt?.value
    return typeof value === 'string' ? value : undefined
  })
  const [confirmed, setConfirmed] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const last = confirmed ?? stored ?? null
  const stale = !last || Date.now() - new Date(last).getTime() > STALE_AFTER_MS

  const verify = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/verify`, { method: 'POST', credentials: 'include' })
      const body = (await res.json()) as { lastVerifiedAt?: string; errors?: { message: string }[] }
      if (!res.ok || !body.lastVerifiedAt) throw new Error(body.errors?.[0]?.message ?? String(res.status))
      setConfirmed(body.lastVerifiedAt)
      toast.success(t.done)
    } catch (error) {
      toast.error(`${t.failed}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        {last ? `${t.last}: ${new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(last))}` : t.never}
      </p>
      {stale ? <p style={{ margin: '0.25rem 0', color: 'var(--theme-error-500)' }}>{t.stale}</p> : null}
      <Button buttonStyle="secondary" onClick={verify} disabled={busy} size="medium">
        {t.button}
      </Button>
      <p style={{ margin: 0, fontSize: '0.85em', opacity: 0.8 }}>{t.help}</p>
    </div>
  )
}
