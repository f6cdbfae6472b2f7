'use client'

import { useTranslation } from '@payloadcms/ui'
import type { ColumnMapping } from '@cms/import/types'
import { formatList } from '@cms/i18n/format'
import { portalText } from '@cms/i18n/translate'
import type { Columns } from './api'

interface Props {
  columns: Columns
  mapping: ColumnMapping
  disabled: boolean
  onChange: (mapping: ColumnMapping) => void
}

/** One select per field: which of the file's columns fills it. */
export function MappingTable({ columns, mapping, disabled, onChange }: Props) {
  const { i18n } = useTranslation()
  const t = portalText(i18n.t)
  const used = new Set(Object.values(mapping))
  const unused = columns.headers.filter((h) => h.trim() && !used.has(h))
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 var(--base)' }}>
      <legend style={{ fontWeight: 600, fontSize: '1.1em' }}>{t('importPanel.columns')}</legend>
      <p style={{ margin: '0.25rem 0 0.75rem', opacity: 0.8 }}>{t('importPanel.columnsHelp')}</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 14rem) minmax(12rem, 1fr)', gap: '0.4rem 1rem', alignItems: 'center', maxWidth: '40rem' }}>
        {columns.fields.map((field) => {
          const id = `import-map-${field.name}`
          const missing = field.required && !mapping[field.name]
          return (
            <div key={field.name} style={{ display: 'contents' }}>
              <label htmlFor={id}>
                {t(field.label)}
                {field.required ? ' *' : ''}
              </label>
              <select
                id={id}
                value={mapping[field.name] ?? ''}
                disabled={disabled}
                aria-invalid={missing || undefined}
                onChange={(e) => onChange({ ...mapping, [field.name]: e.target.value || undefined })}
                style={{ padding: '0.35rem', minHeight: '2.25rem', borderColor: missing ? 'var(--theme-error-500)' : undefined }}
              >
                <option value="">{t('importPanel.notUsed')}</option>
                {columns.headers.filter((h) => h.trim()).map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
      {unused.length ? (
        <p style={{ marginTop: '0.75rem' }}>
          {t('importPanel.unused', { columns: formatList(i18n.language, unused) })}
        </p>
      ) : null}
    </fieldset>
  )
}
