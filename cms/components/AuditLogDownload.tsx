'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { portalText } from '@cms/i18n/translate'

/** Above the audit log's list: the entries as CSV, with the filters the list shows (its `where` travels along). */
export function AuditLogDownload() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const search = useSearchParams()
  const t = portalText(i18n.t)
  const query = new URLSearchParams([...search.entries()].filter(([name]) => name.startsWith('where')))
  const href = `${config.serverURL}${config.routes.api}/audit-log/export.csv${query.size ? `?${query}` : ''}`
  return (
    <p style={{ marginBlock: 'calc(var(--base) / 2)' }}>
      <a href={href} download>
        {t('auditLog.download')}
      </a>
    </p>
  )
}
