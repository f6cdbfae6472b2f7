'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { ImportSummary, RowPlan } from '@cms/import/types'
import { formatNumber } from '@cms/i18n/format'
import { portalText, type PortalText } from '@cms/i18n/translate'
import { call, type RowFilter, type RowsPage } from './api'

interface Props {
  base: string
  summary: ImportSummary
  /** Changes with every finished run, so the table reloads. */
  runKey: string
}

const FILTERS: RowFilter[] = ['skip', 'create', 'update', 'unchanged', 'all']

/** The row's problems, named in the user's language; the details stay the run's own (English) words. */
function notes(plan: RowPlan, t: PortalText): string {
  return [...plan.problems.map((p) => `${t(`importPanel.problem.${p.code}`)}: ${p.message}`), ...plan.warnings.map((w) => w.message)].join(' · ')
}

/** The last run's rows, a page at a time, filterable by result (skipped ones first: those need work). */
export function ImportRows({ base, summary, runKey }: Props) {
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const number = (n: number) => formatNumber(i18n.language, n)
  const [filter, setFilter] = useState<RowFilter>(summary.skip > 0 ? 'skip' : 'all')
  const [page, setPage] = useState(1)
  const [rows, setRows] = useState<RowsPage | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const query = new URLSearchParams({ page: String(page), ...(filter === 'all' ? {} : { action: filter }) })
    call<RowsPage>(`${base}/rows?${query}`).then(setRows, (e: Error) => setError(e.message))
  }, [base, filter, page, runKey])

  const count = (f: RowFilter) => (f === 'all' ? summary.rows : summary[f])
  return (
    <section aria-labelledby="import-rows" style={{ marginTop: 'var(--base)' }}>
      <h3 id="import-rows">{t('importPanel.rows')}</h3>
      <div role="group" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0' }}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => {
              setFilter(f)
              setPage(1)
            }}
            className={`btn btn--size-small ${filter === f ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
          >
            {t(f === 'all' ? 'importPanel.all' : `importPanel.action.${f}`)} ({number(count(f))})
          </button>
        ))}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {rows && rows.docs.length === 0 ? <p>{t('importPanel.none')}</p> : null}
      {rows && rows.docs.length > 0 ? (
        <div style={{ overflowX: 'auto' }}>
          <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'start' }}>{t('importPanel.row')}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t('importPanel.result')}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t('importPanel.entry')}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t('importPanel.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.docs.map((plan) => (
                <tr key={plan.row} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                  <td>{number(plan.row)}</td>
                  <td style={{ color: plan.action === 'skip' ? 'var(--theme-error-500)' : undefined }}>{t(`importPanel.action.${plan.action}`)}</td>
                  <td>{plan.label}</td>
                  <td>{notes(plan, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows && rows.totalPages > 1 ? (
        <nav aria-label={t('importPanel.rows')} style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginTop: '0.5rem' }}>
          <button type="button" className="btn btn--size-small btn--style-secondary" style={{ margin: 0 }} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('importPanel.previous')}
          </button>
          <span>{t('importPanel.page', { page: number(rows.page), pages: number(rows.totalPages) })}</span>
          <button type="button" className="btn btn--size-small btn--style-secondary" style={{ margin: 0 }} disabled={page >= rows.totalPages} onClick={() => setPage(page + 1)}>
            {t('importPanel.next')}
          </button>
        </nav>
      ) : null}
    </section>
  )
}
