'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { LOCALE_CODES } from '@shared/locales'
import { portalText } from '@cms/i18n/translate'

/**
 * Heard, not seen: which language a button acts on. Part of the button's name after its visible
 * words (WCAG 2.5.3: the name a speech-input user says must contain what they see).
 */
const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const

interface Row {
  id: string
  locale: string
  state: 'source' | 'current' | 'outdated' | 'missing' | 'machine'
  needsNativeReview?: boolean | null
}

const COLORS: Record<Row['state'], string> = {
  source: 'var(--theme-elevation-800)',
  current: 'var(--theme-success-600, #2e7d32)',
  outdated: 'var(--theme-warning-700, #a15c00)',
  missing: 'var(--theme-error-600, #b00020)',
  machine: 'var(--theme-warning-700, #a15c00)',
}

/** The state of each language of this document, with "still current" per language and the "needs native review" flag. */
export function TranslationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const [rows, setRows] = useState<Row[] | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const query = `where[document.relationTo][equals]=${collectionSlug}&where[document.value][equals]=${id}&limit=50&depth=0`
    const res = await fetch(`/api/translation-states?${query}`, { credentials: 'include' })
    if (!res.ok) return
    const docs = ((await res.json()) as { docs: Row[] }).docs
    // The portal's order of languages, not the alphabet.
    const order = (code: string) => LOCALE_CODES.findIndex((c) => c === code)
    setRows(docs.sort((a, b) => order(a.locale) - order(b.locale)))
  }, [id, collectionSlug])

  useEffect(() => {
    void load()
  }, [load])

  const post = async (url: string, body: unknown, success: string) => {
    setBusy(true)
    try {
      const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      const answer = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok && res.status !== 207) throw new Error(answer.errors?.[0]?.message ?? String(res.status))
      toast.success(res.status === 207 ? (answer.message ?? success) : success)
      await load()
    } catch (error) {
      toast.error(`${t('translations.failed')}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  if (!id || !rows?.length) return null
  const missing = rows.filter((r) => r.state === 'missing').map((r) => r.locale)
  return (
    <section className="field-type" style={{ margin: 'var(--base) 0' }} aria-label={t('translations.title')}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t('translations.title')}</h4>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.25rem' }}>
        {rows.map((row) => (
          <li key={row.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <code style={{ minWidth: '3.5rem' }}>{row.locale}</code>
            <span style={{ color: COLORS[row.state], fontWeight: row.state === 'outdated' || row.state === 'machine' ? 700 : 400 }}>{t(`translations.${row.state}`)}</span>
            {row.state === 'outdated' || row.state === 'machine' ? (
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                onClick={() => post(`/api/translation-states/${row.id}/confirm`, {}, t('translations.done'))}
              >
                {t('translations.confirm')}
                <span style={HIDDEN}>{` (${row.locale})`}</span>
              </Button>
            ) : null}
            {row.needsNativeReview && row.state !== 'missing' && row.state !== 'source' ? (
              <>
                <span style={{ color: COLORS.outdated, fontWeight: 700 }}>{t('translations.needsNativeReview')}</span>
                <Button
                  buttonStyle="secondary"
                  size="small"
                  disabled={busy}
                  onClick={() => post(`/api/translation-states/${row.id}/native-review`, { needed: false }, t('translations.done'))}
                >
                  {t('translations.nativeChecked')}
                  <span style={HIDDEN}>{` (${row.locale})`}</span>
                </Button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {missing.length ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => post(`/api/${collectionSlug}/${id}/machine-translate`, { locales: missing }, t('translations.translated'))}>
          {t('translations.machineButton')}
        </Button>
      ) : null}
      <p style={{ margin: 0, fontSize: '0.85em', opacity: 0.8 }}>{t('translations.hint')}</p>
    </section>
  )
}
