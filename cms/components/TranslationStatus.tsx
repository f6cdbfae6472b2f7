'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { LOCALE_CODES } from '@shared/locales'

interface Row {
  id: string
  locale: string
  state: 'source' | 'current' | 'outdated' | 'missing' | 'machine'
}

const TEXT = {
  de: {
    title: 'Übersetzungen',
    source: 'Ausgangstext',
    current: 'aktuell',
    outdated: 'veraltet',
    missing: 'fehlt',
    machine: 'maschinell, ungeprüft',
    confirm: 'Noch aktuell',
    confirmLabel: 'Übersetzung {locale} als aktuell bestätigen',
    machineButton: 'Fehlende maschinell übersetzen',
    done: 'Bestätigt.',
    translated: 'Maschinelle Übersetzung gespeichert. Bitte prüfen.',
    failed: 'Hat nicht geklappt',
    hint: 'Bearbeiten Sie eine Sprache oben über die Sprachauswahl. Nach dem Speichern wird sie als aktuell geführt.',
  },
  en: {
    title: 'Translations',
    source: 'source text',
    current: 'current',
    outdated: 'outdated',
    missing: 'missing',
    machine: 'machine, unreviewed',
    confirm: 'Still current',
    confirmLabel: 'Confirm the {locale} translation as current',
    machineButton: 'Machine-translate missing',
    done: 'Confirmed.',
    translated: 'Machine translation saved. Please review.',
    failed: 'Did not work',
    hint: 'Edit a language with the locale selector at the top. Once saved, it counts as current.',
  },
}

const COLORS: Record<Row['state'], string> = {
  source: 'var(--theme-elevation-800)',
  current: 'var(--theme-success-600, #2e7d32)',
  outdated: 'var(--theme-warning-700, #a15c00)',
  missing: 'var(--theme-error-600, #b00020)',
  machine: 'var(--theme-warning-700, #a15c00)',
}

/** The state of each language of this document, with "still current" per language. */
export function TranslationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'de' ? TEXT.de : TEXT.en
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
      toast.error(`${t.failed}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  if (!id || !rows?.length) return null
  const missing = rows.filter((r) => r.state === 'missing').map((r) => r.locale)
  return (
    <section className="field-type" style={{ margin: 'var(--base) 0' }} aria-label={t.title}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.title}</h4>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.25rem' }}>
        {rows.map((row) => (
          <li key={row.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <code style={{ minWidth: '3.5rem' }}>{row.locale}</code>
            <span style={{ color: COLORS[row.state], fontWeight: row.state === 'outdated' || row.state === 'machine' ? 700 : 400 }}>{t[row.state]}</span>
            {row.state === 'outdated' || row.state === 'machine' ? (
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                aria-label={t.confirmLabel.replace('{locale}', row.locale)}
                onClick={() => post(`/api/translation-states/${row.id}/confirm`, {}, t.done)}
              >
                {t.confirm}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {missing.length ? (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => post(`/api/${collectionSlug}/${id}/machine-translate`, { locales: missing }, t.translated)}>
          {t.machineButton}
        </Button>
      ) : null}
      <p style={{ margin: 0, fontSize: '0.85em', opacity: 0.8 }}>{t.hint}</p>
    </section>
  )
}
