'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { ColumnMapping, ImportSummary } from '@cms/import/types'
import { checkKey } from '@cms/collections/Imports/checkKey'
import { call, type Columns, type ImportState } from './api'
import { ImportRows } from './ImportRows'
import { MappingTable } from './MappingTable'
import { formatNumber } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'

const POLL_MS = 1000
const busy = (s: ImportState | null) => s?.status === 'checking' || s?.status === 'importing'

/** The counts of one result, as the translations' named numbers. */
const counted = (language: string, counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, formatNumber(language, n)]))

function Summary({ summary }: { summary: ImportSummary }) {
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const { create, update, unchanged, skip } = summary
  return (
    <div>
      <p style={{ margin: '0.25rem 0', fontWeight: 600 }}>{t('importPanel.summary', counted(i18n.language, { create, update, unchanged, skip }))}</p>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {(['organizations', 'locations', 'services'] as const).map((c) => (
          <li key={c}>{t('importPanel.counts', { type: t(`${c}.plural`), ...counted(i18n.language, summary.documents[c]) })}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The import's work area under the upload: match columns, run the check, read the rows,
 * import, download the report. Runs happen on the server (a job); this polls their progress.
 */
export function ImportPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const number = (n: number) => formatNumber(i18n.language, n)
  const locale = useFormFields(([fields]) => {
    const value = fields.locale?.value
    return typeof value === 'string' ? value : null
  })
  const draft = useFormFields(([fields]) => Boolean(fields.draft?.value))
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`
  const [columns, setColumns] = useState<Columns | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [state, setState] = useState<ImportState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const refresh = useCallback(() => call<ImportState>(`${base}?depth=0`).then(setState, (e: Error) => setError(e.message)), [base])

  useEffect(() => {
    if (!id) return
    call<Columns>(`${base}/columns`).then(
      (c) => {
        setColumns(c)
        setMapping(c.mapping)
      },
      (e: Error) => setError(e.message),
    )
    void refresh()
  }, [id, base, refresh])

  useEffect(() => {
    if (!busy(state)) return
    const timer = setTimeout(() => void refresh(), POLL_MS)
    return () => clearTimeout(timer)
  }, [state, refresh])

  // In the text colour, not Payload's grey of field descriptions (too faint: axe color-contrast).
  if (!id) return <p className="import-panel__save-first">{t('importPanel.saveFirst')}</p>

  const start = async (mode: 'check' | 'import') => {
    if (mode === 'import' && !window.confirm(t('importPanel.confirm', { count: number(state?.summary?.rows ?? 0) }))) return
    setSending(true)
    setError(null)
    try {
      await call(`${base}/start`, { method: 'POST', body: { mode, mapping, locale, draft } })
      await refresh()
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      setError(message)
      toast.error(message)
    } finally {
      setSending(false)
    }
  }

  const running = busy(state)
  const checkedNow = state?.status === 'checked' && state.checkedWith === checkKey(mapping, locale, draft)
  const finished = state?.status === 'checked' || state?.status === 'done'
  return (
    <div className="field-type" style={{ marginBlock: 'var(--base)' }}>
      {columns ? <MappingTable columns={columns} mapping={mapping} disabled={running || sending} onChange={setMapping} /> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
        <Button buttonStyle={checkedNow ? 'secondary' : 'primary'} size="medium" disabled={!columns || running || sending} onClick={() => void start('check')}>
          {t('importPanel.check')}
        </Button>
        <Button buttonStyle="primary" size="medium" disabled={!checkedNow || running || sending} onClick={() => void start('import')}>
          {t('importPanel.import')}
        </Button>
      </div>
      <p className="field-description">{t(checkedNow ? 'importPanel.importHelp' : state?.status === 'checked' ? 'importPanel.checkFirst' : 'importPanel.checkHelp')}</p>
      <div aria-live="polite">
        {running ? (
          <div>
            <p style={{ margin: '0.5rem 0 0.25rem' }}>
              {t(state?.status === 'checking' ? 'importPanel.checking' : 'importPanel.importing')}{' '}
              {state?.total
                ? t('importPanel.progress', { done: number(state.processed ?? 0), total: number(state.total) })
                : t('importPanel.progressOpen', { done: number(state?.processed ?? 0) })}
            </p>
            <progress value={state?.processed ?? 0} max={state?.total || undefined} style={{ width: '100%', maxWidth: '40rem', height: '1rem' }} />
          </div>
        ) : null}
        {state?.status === 'failed' ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {t('importPanel.failed', { error: state.error ?? '' })}
          </p>
        ) : null}
        {finished ? <p style={{ margin: '0.75rem 0 0.25rem' }}>{t(state?.status === 'done' ? 'importPanel.done' : 'importPanel.checked')}</p> : null}
      </div>
      {error ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
      {finished && state?.summary ? (
        <>
          <Summary summary={state.summary} />
          <p>
            <a href={`${base}/report`} download>
              {t('importPanel.report')}
            </a>
          </p>
          <ImportRows base={base} summary={state.summary} runKey={`${state.status}-${state.summary.millis}`} />
        </>
      ) : null}
    </div>
  )
}
