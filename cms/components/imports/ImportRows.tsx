'use client'

import { useEffect, useState } from 'react'
import type { ImportSummary, RowPlan } from '@cms/import/types'
import { call, type RowFilter, type RowsPage } from './api'
import type { PanelText } from './text'

interface Props {
  base: string
  summary: ImportSummary
  /** Changes with every finished run, so the table reloads. */
  runKey: string
  t: PanelText
}

const FILTERS: RowFilter[] = ['skip', 'create', 'update', 'unchanged', 'all']

function notes(plan: RowPlan, t: PanelText): string {
  return [...plan.problems.map((p) => `${t.problems[p.code] ?? p.code}: ${p.message}`), ...plan.warnings.map((w) => w.message)].join(' · ')
}

/** The last run's rows, a page at a time, filterable by result (skipped ones first: those need work). */
export function ImportRows({ base, summary, runKey, t }: Props) {
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
      <h3 id="import-rows">{t.rows}</h3>
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
            {f === 'all' ? t.all : t.actions[f]} ({count(f)})
          </button>
        ))}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {rows && rows.docs.length === 0 ? <p>{t.none}</p> : null}
      {rows && rows.docs.length > 0 ? (
        <div style={{ overflowX: 'auto' }}>
          <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'start' }}>{t.row}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t.action}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t.entry}</th>
                <th scope="col" style={{ textAlign: 'start' }}>{t.reasons}</th>
              </tr>
            </thead>
            <tbody>
              {rows.docs.map((plan) => (
                <tr key={plan.row} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                  <td>{plan.row}</td>
                  <td style={{ color: plan.action === 'skip' ? 'var(--theme-error-500)' : undefined }}>{t.actions[plan.action]}</td>
                  <td>{plan.label}</td>
                  <td>{notes(plan, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows && rows.totalPages > 1 ? (
        <nav aria-label={t.rows} style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', marginTop: '0.5rem' }}>
          <button type="button" className="btn btn--size-small btn--style-secondary" style={{ margin: 0 }} disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.previous}
          </button>
          <span>{t.page(rows.page, rows.totalPages)}</span>
          <button type="button" className="btn btn--size-small btn--style-secondary" style={{ margin: 0 }} disabled={page >= rows.totalPages} onClick={() => setPage(page + 1)}>
            {t.next}
          </button>
        </nav>
      ) : null}
    </section>
  )
}
