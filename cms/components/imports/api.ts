import type { PortalKey } from '@cms/i18n/en'
import type { ColumnMapping, ImportSummary, RowAction, RowPlan } from '@cms/import/types'

export interface Columns {
  headers: string[]
  mapping: ColumnMapping
  unmapped: string[]
  fields: { name: keyof ColumnMapping; label: PortalKey; required: boolean }[]
}

export interface ImportState {
  status: 'new' | 'checking' | 'checked' | 'importing' | 'done' | 'failed'
  processed?: number | null
  total?: number | null
  summary?: ImportSummary | null
  error?: string | null
  checkedWith?: string | null
}

export interface RowsPage {
  docs: RowPlan[]
  totalDocs: number
  page: number
  totalPages: number
}

export type RowFilter = RowAction | 'all'

/** GET/POST to the import's endpoints; Payload's `{ errors: [{ message }] }` becomes the thrown message. */
export async function call<T>(url: string, init?: { method: 'POST'; body: unknown }): Promise<T> {
  const res = await fetch(url, {
    credentials: 'include',
    ...(init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : {}),
  })
  const body = (await res.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
  if (!res.ok) throw new Error(body.errors?.map((e) => e.message).join(' ') || `HTTP ${res.status}`)
  return body
}
